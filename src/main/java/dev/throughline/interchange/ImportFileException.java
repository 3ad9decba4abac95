package dev.throughline.interchange;

import dev.throughline.validation.ValidationException;

/** A file to import was refused: the message names the file and the place; nothing was written. */
public final class ImportFileException extends RuntimeException {

    public ImportFileException(String fileName, String where, String problem) {
        super(fileName + (where == null || where.isBlank() ? "" : ", " + where) + ": " + problem);
    }

    public ImportFileException(String fileName, String where, String problem, Throwable cause) {
        super(fileName + (where == null || where.isBlank() ? "" : ", " + where) + ": " + problem, cause);
    }

    /** The same message in the form the CLI and the forms already show. */
    public ValidationException asValidation() {
        return new ValidationException("file", getMessage());
    }
}
