package fr.conventio.domain.shared;

/**
 * Text cells of the CSV files staff open in a spreadsheet (the agreements list, the SCDL open-data file):
 * a value that a spreadsheet would run as a formula — it starts with "=", "+", "-", "@", a tab or a carriage
 * return ("=cmd|' /C calc'!A0", "@SUM(...)") — is prefixed with an apostrophe, so that it is shown as the
 * text it is (CSV injection, OWASP). The one place this rule is written; amounts, dates and identifiers the
 * exporters write themselves are not passed through it.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** {@code value} as it is, or prefixed with "'" when a spreadsheet would take it for a formula; {@code null} stays {@code null}. */
    public static String neutralised(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
