package dev.throughline.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/** Writes an export to a temporary file beside the target, then moves it into place: never half a file. */
final class SafeFiles {

    private SafeFiles() {
    }

    static void write(Path target, Consumer<OutputStream> body) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, ".export-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                body.accept(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ImportFileException(absolute.getFileName().toString(), null, "could not be written ("
                    + ProjectFileReader.reason(e) + "); nothing was changed", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // A leftover hidden temporary file costs space, not data.
                }
            }
        }
    }
}
