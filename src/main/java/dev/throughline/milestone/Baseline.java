package dev.throughline.milestone;

import java.time.Instant;

/** A named, frozen set of a program's milestone dates. */
public record Baseline(long id, long programId, String name, Instant takenAt) {
}
