package dev.throughline.interchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A zip archive unpacked within limits: the archive is first inflated without writing anything, counting
 * bytes, and refused as soon as it would unpack to more than {@link #MAX_UNPACKED} or more than
 * {@link #MAX_RATIO} times its own size (a zip bomb), or holds more than {@link #MAX_ENTRIES} entries.
 * Only then are its files written, under names of our own ({@code entry-3.xml}): no path is ever built
 * from a name inside the archive.
 */
final class ZipSource {

    static final long MAX_UNPACKED = 256L * 1024 * 1024;
    static final long MAX_RATIO = 100;
    static final int MAX_ENTRIES = 1000;
    private static final long ALWAYS_ALLOWED = 1024L * 1024;
    private static final Pattern EXTENSION = Pattern.compile("\\.([A-Za-z0-9]{1,10})$");

    private ZipSource() {
    }

    /** The bytes a zip of {@code size} bytes may unpack to. */
    static long limitFor(long size) {
        return Math.min(MAX_UNPACKED, Math.max(ALWAYS_ALLOWED, size * MAX_RATIO));
    }

    /** Checks the archive against the limits, then unpacks its files into {@code folder}; returns them in order. */
    static List<Path> unpack(Path zip, Path folder) throws IOException {
        long limit = limitFor(Files.size(zip));
        pass(zip, limit, null);
        return pass(zip, limit, folder);
    }

    private static List<Path> pass(Path zip, long limit, Path folder) throws IOException {
        String name = zip.getFileName().toString();
        List<Path> files = new ArrayList<>();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(new BufferedInputStream(raw))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new ImportFileException(name, null, "is a zip archive of more than " + MAX_ENTRIES
                            + " entries; Throughline does not unpack it, so nothing was imported");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                Path target = folder == null ? null : folder.resolve("entry-" + entries + extension(entry.getName()));
                try (OutputStream out = target == null ? OutputStream.nullOutputStream()
                        : Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > limit) {
                            throw new ImportFileException(name, null, "is a zip archive that unpacks to more than "
                                    + SourceFile.megabytes(limit) + " (" + MAX_RATIO + " times its own size at most, "
                                    + SourceFile.megabytes(MAX_UNPACKED) + " in all); Throughline does not unpack it,"
                                    + " so nothing was imported");
                        }
                        out.write(buffer, 0, n);
                    }
                }
                if (target != null) {
                    files.add(target);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new ImportFileException(name, null, "is a damaged or unsupported zip archive (" + ProjectFileReader.reason(e)
                    + ")", e);
        }
        return files;
    }

    /** The entry's extension when it is a plain one (".xml", ".gan"), so readers that go by it still can. */
    private static String extension(String entryName) {
        var m = EXTENSION.matcher(entryName);
        return m.find() ? "." + m.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
