package dev.throughline.store;

import dev.throughline.store.WorkspaceRefusedException.Reason;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The single-writer lock: an OS lock on one byte of the workspace file itself, inside SQLite's
 * lock-byte page (which SQLite never reads or writes) and away from the bytes SQLite locks. No other
 * file can be deleted or replaced to get around it, and the OS drops it when the process dies, so a
 * crash never leaves the workspace locked. See decision 0004.
 *
 * <p>POSIX locks belong to the process and vanish when <em>any</em> descriptor of the file in the
 * process is closed, and SQLite unlocks the whole file whenever its own lock count in the process drops
 * to zero. So this process never opens the locked file a second time through Java while it holds it
 * ({@link #isHeldByThisProcess}), and {@link #reassert} takes the lock again once the writer connection
 * holds SQLite's shared lock, which it keeps (in WAL mode) until it closes.
 */
final class WorkspaceLock {

    /** SQLite locks bytes 0x40000000..0x400001FF; its lock-byte page spans at least 4096 bytes here. */
    static final long LOCK_BYTE = 0x40000000L + 0x800;

    /** Workspaces this process holds, by absolute path and by file key (the same file under two names). */
    private static final Set<Object> HELD_BY_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    private final Path workspace;
    private final Object fileKey;
    private final FileChannel channel;
    private FileLock lock;

    private WorkspaceLock(Path workspace, Object fileKey, FileChannel channel, FileLock lock) {
        this.workspace = workspace;
        this.fileKey = fileKey;
        this.channel = channel;
        this.lock = lock;
    }

    /** True when this process holds {@code workspace} for writing: no second descriptor may be opened on it. */
    static boolean isHeldByThisProcess(Path workspace) {
        Path path = workspace.toAbsolutePath().normalize();
        if (HELD_BY_THIS_PROCESS.contains(path)) {
            return true;
        }
        Object key = fileKey(path);
        return key != null && HELD_BY_THIS_PROCESS.contains(key);
    }

    /** Refuses before anything reads a file this process holds (a second descriptor would drop its locks). */
    static void refuseIfHeldHere(Path workspace) {
        if (isHeldByThisProcess(workspace)) {
            throw alreadyOpenHere(workspace.toAbsolutePath().normalize());
        }
    }

    /** Locks {@code workspace}, creating it empty when it does not exist yet. */
    static WorkspaceLock acquire(Path workspace) {
        Path path = workspace.toAbsolutePath().normalize();
        if (isHeldByThisProcess(path) || !HELD_BY_THIS_PROCESS.add(path)) {
            throw alreadyOpenHere(path);
        }
        FileChannel channel = null;
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            if (Files.isDirectory(path)) {
                throw new WorkspaceRefusedException(Reason.UNREADABLE, path, path + " is a folder, not a workspace file.");
            }
            for (int attempt = 1; ; attempt++) {
                Object keyBefore = fileKey(path);
                channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    channel.close();
                    throw alreadyOpenElsewhere(path);
                }
                Object key = fileKey(path);
                // A restore renames a new file over the workspace: the locked file must still be the one at the path.
                boolean stillThere = Files.exists(path) && (key == null || keyBefore == null || keyBefore.equals(key));
                if (stillThere || attempt == 3) {
                    if (key != null) {
                        HELD_BY_THIS_PROCESS.add(key);
                    }
                    return new WorkspaceLock(path, key, channel, lock);
                }
                lock.release();
                channel.close();
            }
        } catch (IOException e) {
            closeQuietly(channel);
            HELD_BY_THIS_PROCESS.remove(path);
            throw new StoreException(StoreErrors.cannotWrite(path, e), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            HELD_BY_THIS_PROCESS.remove(path);
            throw e;
        }
    }

    private static WorkspaceRefusedException alreadyOpenHere(Path path) {
        return new WorkspaceRefusedException(Reason.ALREADY_OPEN, path, path
                + " is already open in this Throughline (process " + ProcessHandle.current().pid()
                + "). Close it there first; the workspace was not touched.");
    }

    private static WorkspaceRefusedException alreadyOpenElsewhere(Path path) {
        String holder = LockHolder.pidOf(path, LOCK_BYTE).map(pid -> " (process " + pid + ")").orElse("");
        return new WorkspaceRefusedException(Reason.ALREADY_OPEN, path, path
                + " is already open in another Throughline" + holder + ". Close it there first; the workspace was not touched.");
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock(LOCK_BYTE, 1, false);
        } catch (OverlappingFileLockException sameProcess) {
            return null;
        }
    }

    /**
     * Takes the lock again. Closing any descriptor of the file in this process (a checking connection
     * SQLite closed) silently drops POSIX locks; the writer connection keeps SQLite's own lock, after
     * which SQLite defers such closes. Refused if another process took the lock in between.
     */
    void reassert() {
        try {
            lock.release();
            FileLock again = tryLock(channel);
            if (again == null) {
                release();
                throw alreadyOpenElsewhere(workspace);
            }
            lock = again;
        } catch (IOException e) {
            release();
            throw new StoreException("Cannot lock " + workspace + ": " + e.getMessage(), e);
        }
    }

    /** Releases the lock. The workspace file stays; there is no separate lock file to delete. */
    void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // The OS releases the lock with the process anyway.
        } finally {
            HELD_BY_THIS_PROCESS.remove(workspace);
            if (fileKey != null) {
                HELD_BY_THIS_PROCESS.remove(fileKey);
            }
        }
    }

    Path workspace() {
        return workspace;
    }

    private static Object fileKey(Path path) {
        try {
            return Files.exists(path) ? Objects.requireNonNull(Files.readAttributes(path,
                    java.nio.file.attribute.BasicFileAttributes.class).fileKey(), "") : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // Already failing; the original error is the one to report.
        }
    }
}
