package dev.throughline.interchange;

/**
 * Neutralises cells that a spreadsheet would run as a formula (OWASP CSV injection): a leading
 * '=', '+', '-', '@', tab or carriage return gets a leading apostrophe.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + value : value;
    }
}
