package dev.throughline.store;

import dev.throughline.store.WorkspaceRefusedException.Reason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock on {@code <workspace>.lock}, held while a writer has the workspace open. The OS
 * drops it when the process dies, so a crash never leaves the workspace locked.
 */
final class WorkspaceLock {

    /**
     * Lock files this process holds. Checked before opening a second channel, because on POSIX
     * closing any channel on a file drops every lock the process holds on it.
     */
    private static final java.util.Set<Path> HELD_BY_THIS_PROCESS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileFor(Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + ".lock");
    }

    static WorkspaceLock acquire(Path workspace) {
        Path lockFile = lockFileFor(workspace).toAbsolutePath().normalize();
        if (!HELD_BY_THIS_PROCESS.add(lockFile)) {
            throw new WorkspaceRefusedException(Reason.ALREADY_OPEN, workspace, workspace
                    + " is already open in this Throughline (process " + ProcessHandle.current().pid()
                    + "). Close it there first; the workspace was not touched.");
        }
        FileChannel channel = null;
        try {
            if (workspace.getParent() != null) {
                Files.createDirectories(workspace.getParent());
            }
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                HELD_BY_THIS_PROCESS.remove(lockFile);
                throw new WorkspaceRefusedException(Reason.ALREADY_OPEN, workspace, workspace
                        + " is already open in another Throughline" + holder
                        + ". Close it there first; the workspace was not touched.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
            return new WorkspaceLock(lockFile, channel, lock);
        } catch (AccessDeniedException e) {
            closeQuietly(channel);
            HELD_BY_THIS_PROCESS.remove(lockFile);
            throw new StoreException("Cannot open " + workspace + " for writing: its folder is read-only ("
                    + e.getFile() + "). Nothing was changed.", e);
        } catch (IOException e) {
            closeQuietly(channel);
            HELD_BY_THIS_PROCESS.remove(lockFile);
            throw new StoreException("Cannot lock " + workspace + ": " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            return null;
        }
    }

    private static String readHolder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            int read = channel.read(buffer, 0);
            String pid = read > 0 ? new String(buffer.array(), 0, read, StandardCharsets.US_ASCII).strip() : "";
            return pid.matches("\\d+") ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    void release() {
        try {
            Files.deleteIfExists(lockFile);
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // The OS releases the lock with the process anyway.
        } finally {
            HELD_BY_THIS_PROCESS.remove(lockFile);
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
