package dev.throughline.ui;

import dev.throughline.store.StoreException;
import dev.throughline.validation.ValidationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns a failure from background work into one sentence for the user. */
public final class Failures {

    private Failures() {
    }

    public static String message(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof ValidationException || t instanceof StoreException) {
            return t.getMessage();
        }
        System.err.println("Throughline: unexpected failure");
        t.printStackTrace(System.err);
        return "Something went wrong (" + t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage()) + "). Nothing was changed.";
    }
}
