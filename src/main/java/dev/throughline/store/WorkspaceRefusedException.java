package dev.throughline.store;

import java.nio.file.Path;

/** The file cannot be opened as a workspace; it was left exactly as it was. */
public final class WorkspaceRefusedException extends StoreException {

    public enum Reason { NOT_SQLITE, FOREIGN_DATABASE, NEWER_SCHEMA, ALREADY_OPEN, UNREADABLE, DAMAGED }

    private final Reason reason;
    private final Path file;

    public WorkspaceRefusedException(Reason reason, Path file, String message) {
        super(message);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
