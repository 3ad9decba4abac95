package dev.throughline.store;

import java.nio.file.Path;
import java.time.Instant;

/** One backup file and what it holds, for the backups list. {@code counts} is "5 programs, 16 people". */
public record BackupInfo(Path file, Instant takenAt, String kind, long sizeBytes, String counts, boolean sound) {
}
