package dev.throughline.bench;

import java.util.Arrays;
import java.util.Locale;

/** Percentiles and the one-line JSON every benchmark prints: a figure beside its floor from the same run. */
final class Measure {

    private Measure() {
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String json(String name, double value, String unit, double floor) {
        String line = String.format(Locale.ROOT, "{\"name\":\"%s\",\"value\":%.3f,\"unit\":\"%s\",\"floor\":%.3f,\"ratio\":%.2f}",
                name, value, unit, floor, floor == 0 ? 0 : value / floor);
        System.out.println(line);
        return line;
    }
}
