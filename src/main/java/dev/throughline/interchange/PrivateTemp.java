package dev.throughline.interchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A folder of one import's own (owner-only, under the system's temporary folder) for what a reader must
 * unpack; removed with everything in it when the import is done. A folder left by a killed process
 * (its process id is in the name) is removed by the next import.
 */
final class PrivateTemp implements AutoCloseable {

    static final String PREFIX = "throughline-import-";

    private final Path folder;

    private PrivateTemp(Path folder) {
        this.folder = folder;
    }

    static PrivateTemp create() {
        removeLeftovers(systemTemp());
        try {
            return new PrivateTemp(Files.createTempDirectory(PREFIX + ProcessHandle.current().pid() + "-"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a temporary folder for the import: " + e.getMessage(), e);
        }
    }

    Path folder() {
        return folder;
    }

    @Override
    public void close() {
        delete(folder);
    }

    static Path systemTemp() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** Folders of this kind whose process is no longer running. */
    static void removeLeftovers(Path temp) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(temp, PREFIX + "*")) {
            for (Path f : folders) {
                Long pid = pid(f.getFileName().toString());
                if (pid != null && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                if (pid != null && Files.isDirectory(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    delete(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A folder that cannot be listed or removed now is tried again on the next import.
        }
    }

    private static Long pid(String name) {
        String rest = name.substring(PREFIX.length());
        int dash = rest.indexOf('-');
        try {
            return dash > 0 ? Long.parseLong(rest.substring(0, dash)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void delete(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // Left for removeLeftovers on a later import.
        }
    }
}
