package dev.throughline.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real small disk for disk-full and read-only tests: a tmpfs of a given size mounted on a folder
 * (needs root, as on CI). Where mounting is not possible the test is skipped and says why.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path folder;

    private SmallDisk(Path folder) {
        this.folder = folder;
    }

    /** Mounts a tmpfs of {@code bytes} on {@code folder} (created), or skips the calling test. */
    public static SmallDisk mount(Path folder, long bytes) throws IOException {
        Files.createDirectories(folder);
        String result = run("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", folder.toString());
        assumeTrue(result.isEmpty(), "Skipped: cannot mount a small tmpfs here (needs root and mount rights): " + result);
        return new SmallDisk(folder);
    }

    public Path folder() {
        return folder;
    }

    public Path resolve(String name) {
        return folder.resolve(name);
    }

    /** Fills the disk with a filler file until at most {@code leaveFree} bytes are left (0: completely full). */
    public void fillLeaving(long leaveFree) throws IOException {
        Path filler = folder.resolve("filler-" + System.nanoTime());
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (Files.getFileStore(folder).getUsableSpace() > leaveFree + block.length) {
                out.write(block);
                out.flush();
            }
            if (leaveFree == 0) {
                while (true) {
                    out.write(1);
                    out.flush();
                }
            }
        } catch (IOException full) {
            if (leaveFree > 0 || !full.getMessage().toLowerCase().contains("space")) {
                throw full;
            }
        }
    }

    /** Remounts read-only: root cannot write there either. */
    public void makeReadOnly() {
        String result = run("mount", "-o", "remount,ro", folder.toString());
        assumeTrue(result.isEmpty(), "Skipped: cannot remount the tmpfs read-only: " + result);
    }

    public void makeWritable() {
        run("mount", "-o", "remount,rw", folder.toString());
    }

    @Override
    public void close() {
        run("umount", "-l", folder.toString());
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "timed out: " + String.join(" ", command);
            }
            return process.exitValue() == 0 ? "" : (output.isEmpty() ? "exit " + process.exitValue() : output);
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
