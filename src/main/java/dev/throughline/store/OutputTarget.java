package dev.throughline.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A file a command or a dialog is about to write: an export, a backup copy, a generated workspace.
 * The one guard every writer goes through. It never lets an output land on the open workspace or
 * anything the store keeps beside it (the -wal, -shm, journal, lock file, backups folder, set-aside
 * copies), compared on real paths (symbolic links, hard links, {@code ..} spellings, letter case),
 * nor on a device, pipe, folder or SQLite database; it replaces an existing file only when asked to.
 * The content goes to a temporary file in the same folder, which is then moved into place: a failed
 * write never leaves half a file. Blocking: call off the FX thread.
 */
public final class OutputTarget {

    /**
     * What to do when a regular file is already there: refuse (the CLI's {@code --force} replaces it),
     * never replace it (backups, generated workspaces), or replace it (a save dialog already asked).
     */
    public enum IfExists { REFUSE, NEVER, REPLACE }

    /** Writes the content; any exception means nothing is placed. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String THE_WORKSPACE = "the workspace itself";
    private static final String SETTINGS_FILE = "throughline-settings.properties";

    private final Path requested;
    private final Path workspace;
    private final IfExists ifExists;

    private OutputTarget(Path requested, Path workspace, IfExists ifExists) {
        this.requested = requested.toAbsolutePath();
        this.workspace = workspace == null ? null : workspace.toAbsolutePath().normalize();
        this.ifExists = ifExists;
    }

    /** A target for {@code requested} that must stay clear of {@code workspace} (null when none is involved). */
    public static OutputTarget of(Path requested, Path workspace, IfExists ifExists) {
        return new OutputTarget(requested, workspace, ifExists);
    }

    public Path requested() {
        return requested;
    }

    /**
     * Resolves the target to its real path and refuses it if it may not be written; returns the path
     * that {@link #write} will replace or create.
     */
    public Path check() {
        Path resolved = resolve();
        refuseIfOwnedByTheStore(resolved);
        if (Files.exists(resolved)) {
            refuseIfNotAPlainFile(resolved);
            refuseToReplace();
            if (startsWith(resolved, SQLITE_HEADER)) {
                throw refused(" is a SQLite database (a workspace or a backup?); an output never replaces one. "
                        + "Choose another file.");
            }
        }
        return resolved;
    }

    /** Checks the target, writes {@code body} beside it and moves it into place; returns where it went. */
    public Path write(Body body) {
        Path target = check();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                body.writeTo(out);
            }
            syncToDisk(temporary);
            shareable(temporary, target);
            return place(temporary);
        } catch (IOException e) {
            throw failed(e);
        } catch (RuntimeException e) {
            if (e instanceof OutputRefusedException || !causedByTheFileSystem(e)) {
                throw e;
            }
            throw failed(e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    public Path write(byte[] content) {
        return write(out -> out.write(content));
    }

    public Path writeText(String text) {
        return write(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Moves a finished file (written in the target's folder, see {@link #temporaryBeside}) into place,
     * after checking the target again: a file that appeared meanwhile is not replaced unless allowed.
     */
    public Path place(Path finished) throws IOException {
        Path target = check();
        if (ifExists == IfExists.REPLACE) {
            try {
                Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        }
        try {
            // A hard link is created only if nothing is there: no window in which a file could be replaced.
            Files.createLink(target, finished);
            Files.delete(finished);
        } catch (FileAlreadyExistsException e) {
            refuseToReplace();
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof FileSystemException && Files.exists(target)) {
                refuseToReplace();
            }
            Files.move(finished, target);
        }
        return target;
    }

    /** A name in the target's folder, not yet used, for a file to be {@link #place placed} later. */
    public Path temporaryBeside(String purpose) {
        Path target = check();
        return target.resolveSibling("." + target.getFileName() + "." + purpose + "-" + ProcessHandle.current().pid() + ".tmp");
    }

    // ---- resolving ------------------------------------------------------------------------------

    private Path resolve() {
        if (requested.getFileName() == null) {
            throw refused(" is a folder; give a file name.");
        }
        try {
            if (Files.exists(requested)) {
                return requested.toRealPath();
            }
            if (Files.isSymbolicLink(requested)) {
                throw refused(" is a link to a file that does not exist (" + Files.readSymbolicLink(requested)
                        + "); choose another file.");
            }
            Path folder = requested.getParent();
            if (!Files.isDirectory(folder)) {
                throw new OutputRefusedException("Could not write " + requested + ": the folder " + folder + " does not exist.");
            }
            return folder.toRealPath().resolve(requested.getFileName().toString());
        } catch (IOException e) {
            throw new OutputRefusedException("Could not write " + requested + ": " + reason(e) + ".", e);
        }
    }

    private void refuseToReplace() {
        switch (ifExists) {
            case REFUSE -> throw refused(" is already there; add --force to replace it.");
            case NEVER -> throw refused(" is already there, and this output never replaces a file; choose another name.");
            case REPLACE -> {
            }
        }
    }

    private void refuseIfNotAPlainFile(Path resolved) {
        if (Files.isDirectory(resolved)) {
            throw refused(" is a folder; give a file name.");
        }
        if (!Files.isRegularFile(resolved)) {
            throw refused(" is a device, pipe or socket, not a file; choose a regular file.");
        }
    }

    private void refuseIfOwnedByTheStore(Path resolved) {
        if (workspace == null) {
            return;
        }
        for (Path base : workspaceSpellings()) {
            for (Owned owned : ownedBeside(base)) {
                if (owned.covers(resolved)) {
                    throw refused(" is " + owned.what + (owned.what.equals(THE_WORKSPACE) ? "" : " of the workspace " + workspace)
                            + "; an output never replaces it. Choose another file.");
                }
            }
        }
    }

    /** The workspace as given and, when it exists, its real path (SQLite keeps the -wal beside the real file). */
    private List<Path> workspaceSpellings() {
        List<Path> spellings = new ArrayList<>();
        spellings.add(workspace);
        try {
            if (Files.exists(workspace)) {
                spellings.add(workspace.toRealPath());
            } else if (workspace.getParent() != null && Files.isDirectory(workspace.getParent())) {
                spellings.add(workspace.getParent().toRealPath().resolve(workspace.getFileName().toString()));
            }
        } catch (IOException ignored) {
            // The spelling as given is still compared.
        }
        return spellings;
    }

    private static List<Owned> ownedBeside(Path base) {
        String name = base.getFileName().toString();
        return List.of(
                new Owned(base, THE_WORKSPACE, false),
                new Owned(base.resolveSibling(name + "-wal"), "the write-ahead log (-wal)", false),
                new Owned(base.resolveSibling(name + "-shm"), "the shared-memory file (-shm)", false),
                new Owned(base.resolveSibling(name + "-journal"), "the rollback journal", false),
                new Owned(base.resolveSibling(name + ".lock"), "the lock file", false),
                new Owned(Backups.folderFor(base), "inside the backups folder", true),
                new Owned(base.resolveSibling(name + ".damaged-"), "a set-aside copy", false, true),
                new Owned(base.resolveSibling(name + ".before-restore-"), "a set-aside copy", false, true),
                new Owned(base.resolveSibling(SETTINGS_FILE), "the settings file", false));
    }

    /** A path the store owns: a file, a folder and all below it, or every name starting with a prefix. */
    private record Owned(Path path, String what, boolean folder, boolean prefix) {

        Owned(Path path, String what, boolean folder) {
            this(path, what, folder, false);
        }

        boolean covers(Path resolved) {
            if (folder) {
                for (Path p = resolved; p != null; p = p.getParent()) {
                    if (sameEntry(p, path)) {
                        return true;
                    }
                }
                return false;
            }
            return sameEntry(resolved, path) || sameFile(resolved, path);
        }

        /** Same folder (by file identity) and the same name, ignoring case, or starting with the prefix. */
        private boolean sameEntry(Path candidate, Path owned) {
            if (candidate.getFileName() == null || candidate.getParent() == null || owned.getParent() == null) {
                return false;
            }
            String name = candidate.getFileName().toString().toLowerCase(Locale.ROOT);
            String ownedName = owned.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean nameMatches = prefix ? name.startsWith(ownedName) : name.equals(ownedName);
            return nameMatches && (candidate.getParent().equals(owned.getParent()) || sameFile(candidate.getParent(), owned.getParent()));
        }

        /** Same inode: catches hard links and any spelling the names did not. */
        private static boolean sameFile(Path a, Path b) {
            try {
                return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
            } catch (IOException e) {
                return false;
            }
        }
    }

    // ---- writing --------------------------------------------------------------------------------

    private static void syncToDisk(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** A temporary file is owner-only; an output is meant to be shared: the replaced file's permissions, or rw-r--r--. */
    private static void shareable(Path temporary, Path target) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(temporary, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static boolean startsWith(Path file, byte[] header) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(header.length);
            return java.util.Arrays.equals(start, header);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover hidden temporary file costs space, not data.
        }
    }

    private OutputRefusedException failed(Exception e) {
        return new OutputRefusedException("Could not write " + requested + ": " + reason(e) + "; nothing was written there.", e);
    }

    private static boolean causedByTheFileSystem(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private OutputRefusedException refused(String why) {
        return new OutputRefusedException(requested + why);
    }

    /** What went wrong, in words: the deepest file-system cause in the chain, without class names. */
    static String reason(Throwable failure) {
        IOException deepest = null;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof IOException io) {
                deepest = io;
            }
        }
        if (deepest instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (deepest instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String text = deepest instanceof FileSystemException fs ? fs.getReason() : deepest == null ? null : deepest.getMessage();
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("file too large")) {
            return "the disk is full";
        }
        if (lower.contains("quota")) {
            return "the disk quota is used up";
        }
        return text == null || text.isBlank() ? "the file system refused it" : text.strip();
    }
}
