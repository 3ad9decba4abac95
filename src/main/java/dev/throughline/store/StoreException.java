package dev.throughline.store;

/**
 * A failure of the workspace file that the user must read: the message is complete, names the file
 * and says what to do. Never carries raw SQL text to the screen.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
