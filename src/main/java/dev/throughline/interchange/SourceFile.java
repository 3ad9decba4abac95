package dev.throughline.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The checks every import makes before a reader sees a file: it exists, is a regular file, is not empty
 * and not over {@link #MAX_BYTES}, and is not a Throughline workspace. Its first bytes say what it is,
 * so that the kinds MPXJ would copy or unpack into the shared temporary folder are never handed to it
 * whole (see {@link ProjectFileReader}).
 */
final class SourceFile {

    /** The largest file any import reads: a project plan or CSV of this size holds far more than a program. */
    static final long MAX_BYTES = 100L * 1024 * 1024;

    private static final int STORE_APPLICATION_ID = dev.throughline.store.Store.APPLICATION_ID;

    /** What a file is, as far as the import needs to know before reading it. */
    enum Kind {
        /** A SQLite file with Throughline's application id. */
        THROUGHLINE_WORKSPACE,
        /** Any other SQLite database. */
        SQLITE,
        ZIP,
        /** An OLE compound document: MS Project .mpp (or not a plan at all). */
        OLE,
        /** Access databases, DOS and Windows programs, self-extracting Primavera archives. */
        OTHER_BINARY_ARCHIVE,
        OTHER
    }

    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ZIP = {'P', 'K'};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[][] ARCHIVES = {
        "\0\1\0\0Standard Jet DB".getBytes(StandardCharsets.ISO_8859_1),
        {'M', 'Z'}, {'N', 'E'}, {0x55, (byte) 0x8B},
        "PRX3".getBytes(StandardCharsets.ISO_8859_1),
        "!Self-Extracting".getBytes(StandardCharsets.ISO_8859_1)};
    private static final byte[][] BYTE_ORDER_MARKS = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF},
        {(byte) 0xFF, (byte) 0xFE}};

    private SourceFile() {
    }

    /** Refuses a file no import should read, with a sentence that says why; otherwise says what it is. */
    static Kind check(Path file) {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportFileException(name, null, Files.isDirectory(file) ? "is a folder, not a file"
                        : Files.exists(file) ? "is not a regular file" : "there is no such file");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportFileException(name, null, "the file is empty");
            }
            if (size > MAX_BYTES) {
                throw new ImportFileException(name, null, "is " + megabytes(size) + "; Throughline imports files up to "
                        + megabytes(MAX_BYTES) + ", so nothing was imported");
            }
            Kind kind = kind(head(file));
            if (kind == Kind.THROUGHLINE_WORKSPACE) {
                throw new ImportFileException(name, null, "is a Throughline workspace, not a file to import; open it with"
                        + " File › Open workspace (or --db " + name + "), or put a backup back with 'throughline restore "
                        + name + "'");
            }
            return kind;
        } catch (IOException e) {
            throw new ImportFileException(name, null, "cannot be read (" + ProjectFileReader.reason(e) + ")", e);
        }
    }

    static Kind kind(byte[] head) {
        int skip = 0;
        for (byte[] mark : BYTE_ORDER_MARKS) {
            if (startsWith(head, 0, mark)) {
                skip = mark.length;
            }
        }
        if (startsWith(head, skip, SQLITE)) {
            boolean ours = head.length >= 72 && ByteBuffer.wrap(head, 68, 4).getInt() == STORE_APPLICATION_ID;
            return ours ? Kind.THROUGHLINE_WORKSPACE : Kind.SQLITE;
        }
        if (startsWith(head, skip, ZIP)) {
            return Kind.ZIP;
        }
        if (startsWith(head, skip, OLE)) {
            return Kind.OLE;
        }
        for (byte[] archive : ARCHIVES) {
            if (startsWith(head, skip, archive)) {
                return Kind.OTHER_BINARY_ARCHIVE;
            }
        }
        return Kind.OTHER;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(100);
        }
    }

    private static boolean startsWith(byte[] head, int offset, byte[] prefix) {
        return head.length >= offset + prefix.length
                && Arrays.equals(head, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }
}
