package dev.throughline.store;

/** An output was not written: the target belongs to the workspace, is not a plain file, or the write failed. */
public final class OutputRefusedException extends StoreException {

    public OutputRefusedException(String message) {
        super(message);
    }

    public OutputRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
