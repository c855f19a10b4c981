package fr.conventio.application.reading;

import java.nio.charset.StandardCharsets;

/**
 * The agreements list as CSV for French spreadsheets: {@code csv} starts with the byte order mark
 * (U+FEFF) so that Excel reads UTF-8, separates fields with ";", ends lines with CRLF and writes
 * amounts and rates with a decimal comma. Send {@link #bytes()} as {@code text/csv; charset=UTF-8}.
 */
public record AgreementsExport(String fileName, String csv, int rowCount) {

    public byte[] bytes() {
        return csv.getBytes(StandardCharsets.UTF_8);
    }
}
