package dev.throughline.interchange;

import dev.throughline.validation.ValidationException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an export next to its target, then moves it in place: a failed export never leaves half a
 * file, and an existing file is replaced only by a complete one. Blocking: call off the FX thread.
 */
public final class ExportFile {

    private ExportFile() {
    }

    public static Path write(Path target, byte[] content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = null;
        try {
            if (Files.isDirectory(absolute)) {
                throw new IOException("it is a folder");
            }
            temp = Files.createTempFile(folder, ".export-", ".tmp");
            Files.write(temp, content);
            shareable(temp, absolute);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return absolute;
        } catch (IOException | RuntimeException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the original failure is what the user needs to see
                }
            }
            throw new ValidationException("out", "Cannot write " + absolute + ": " + reason(e));
        }
    }

    /**
     * A temporary file is created owner-only; an export is meant to be shared, so it gets the permissions
     * of the file it replaces, or rw-r--r--.
     */
    private static void shareable(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the folder " + e.getMessage() + " does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
