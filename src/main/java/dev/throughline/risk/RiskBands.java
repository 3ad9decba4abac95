package dev.throughline.risk;

/** Scores and bands: score = probability x impact (1-25); red 15-25, amber 5-14, green 1-4. Pure. */
public final class RiskBands {

    public static final int MIN = 1;
    public static final int MAX = 5;

    private RiskBands() {
    }

    public static int score(int probability, int impact) {
        requireScale("probability", probability);
        requireScale("impact", impact);
        return probability * impact;
    }

    public static Band band(int score) {
        if (score < 1 || score > 25) {
            throw new IllegalArgumentException("A score is 1 to 25, not " + score);
        }
        if (score >= 15) {
            return Band.RED;
        }
        return score >= 5 ? Band.AMBER : Band.GREEN;
    }

    public static Band band(int probability, int impact) {
        return band(score(probability, impact));
    }

    public static boolean onScale(int value) {
        return value >= MIN && value <= MAX;
    }

    private static void requireScale(String what, int value) {
        if (!onScale(value)) {
            throw new IllegalArgumentException("The " + what + " is 1 to 5, not " + value);
        }
    }
}
