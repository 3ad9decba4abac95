package dev.throughline.timeline;

import java.util.Arrays;

/**
 * The durations of the last {@link #capacity()} redraws, for benchmarks and a debug overlay. Recording is one
 * array store; percentiles sort a copy only when asked. Not thread-safe: record and read on the FX thread.
 */
public final class FrameStats {

    private final long[] nanos;
    private int next;
    private long total;

    public FrameStats(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        nanos = new long[capacity];
    }

    public FrameStats() {
        this(512);
    }

    public void record(long durationNanos) {
        nanos[next] = durationNanos;
        next = (next + 1) % nanos.length;
        total++;
    }

    public int capacity() {
        return nanos.length;
    }

    /** Frames recorded since the last reset (including ones the ring has since overwritten). */
    public long count() {
        return total;
    }

    public void reset() {
        next = 0;
        total = 0;
    }

    /** The p-th percentile (0..100) of the retained durations in milliseconds, or NaN when nothing was recorded. */
    public double percentileMillis(double p) {
        int n = (int) Math.min(total, nanos.length);
        if (n == 0) {
            return Double.NaN;
        }
        long[] copy = Arrays.copyOf(nanos, n);
        Arrays.sort(copy);
        int rank = (int) Math.ceil(p / 100.0 * n) - 1;
        return copy[Math.max(0, Math.min(n - 1, rank))] / 1_000_000.0;
    }

    public double p50Millis() {
        return percentileMillis(50);
    }

    public double p95Millis() {
        return percentileMillis(95);
    }

    public double p99Millis() {
        return percentileMillis(99);
    }

    public double maxMillis() {
        return percentileMillis(100);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "frames=%d p50=%.2fms p95=%.2fms p99=%.2fms", total,
                p50Millis(), p95Millis(), p99Millis());
    }
}
