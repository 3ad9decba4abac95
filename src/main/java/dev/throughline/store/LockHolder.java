package dev.throughline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which process holds a POSIX lock on a byte of a file, read from Linux's {@code /proc/locks}; empty
 * elsewhere or when it cannot tell. Only for messages: the lock itself never depends on it.
 */
final class LockHolder {

    private static final Path PROC_LOCKS = Path.of("/proc/locks");

    private LockHolder() {
    }

    static Optional<Long> pidOf(Path file, long offset) {
        try {
            if (!Files.isReadable(PROC_LOCKS)) {
                return Optional.empty();
            }
            long inode = ((Number) Files.getAttribute(file, "unix:ino")).longValue();
            return holder(Files.readAllLines(PROC_LOCKS), inode, offset);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A line reads {@code 1: POSIX  ADVISORY  WRITE 4242 08:01:1234567 1073743872 1073743872}. */
    static Optional<Long> holder(List<String> lines, long inode, long offset) {
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 8 || !"POSIX".equals(f[1]) || !"WRITE".equals(f[3])) {
                continue;
            }
            String[] device = f[5].split(":");
            if (device.length != 3 || !device[2].equals(Long.toString(inode))) {
                continue;
            }
            long start = Long.parseLong(f[6]);
            long end = "EOF".equals(f[7]) ? Long.MAX_VALUE : Long.parseLong(f[7]);
            if (start <= offset && offset <= end) {
                return Optional.of(Long.parseLong(f[4]));
            }
        }
        return Optional.empty();
    }
}
