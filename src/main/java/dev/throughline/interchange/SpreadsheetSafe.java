package dev.throughline.interchange;

/**
 * Neutralises cells that a spreadsheet would run as a formula (OWASP CSV injection): a leading
 * '=', '+', '-', '@', tab or carriage return gets a leading apostrophe, unless the cell is a plain
 * signed number.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("^[+-]?\\d+(\\.\\d+)?$");

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        if (PLAIN_NUMBER.matcher(value).matches()) {
            return value; // "+5" and "-3" are numbers to a spreadsheet, not formulas
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + value : value;
    }
}
