package fr.conventio.domain.publication;

import java.util.Collection;
import java.util.List;

/**
 * Writes SCDL "subventions" 2.1.1 CSV: the schema's columns in its order, comma separated, RFC 4180
 * quoting (a value holding a comma, a double quote or a line break is enclosed in double quotes,
 * inner quotes doubled), CRLF line ends, dates ISO 8601, amounts and fractions with a dot. The
 * caller encodes the text in UTF-8.
 */
public final class ScdlCsv {

    /** The columns, in the order of schema 2.1.1 and of its valid example. */
    public static final List<String> COLUMNS = List.of("nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision",
            "nomBeneficiaire", "idBeneficiaire", "rnaBeneficiaire", "objet", "montant", "nature", "conditionsVersement",
            "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention", "dispositifAide");

    private static final String CRLF = "\r\n";

    private ScdlCsv() {
    }

    public static String header() {
        return String.join(",", COLUMNS);
    }

    /** The whole file: header then one line per record. */
    public static String write(Collection<ScdlSubsidyRecord> records) {
        StringBuilder csv = new StringBuilder(header()).append(CRLF);
        for (ScdlSubsidyRecord record : records) {
            csv.append(line(record)).append(CRLF);
        }
        return csv.toString();
    }

    /** One record as a CSV line (without line end). */
    public static String line(ScdlSubsidyRecord record) {
        return String.join(",", values(record).stream().map(ScdlCsv::quote).toList());
    }

    /** The cell values of a record, in column order; empty strings for absent optional values. */
    public static List<String> values(ScdlSubsidyRecord r) {
        return List.of(r.nomAttribuant(), r.idAttribuant(), r.dateConvention().toString(), orEmpty(r.referenceDecision()),
                r.nomBeneficiaire(), orEmpty(r.idBeneficiaire()), orEmpty(r.rnaBeneficiaire()), r.objet(),
                r.montant().value().toPlainString(), r.nature().csvValue(), r.conditionsVersement(),
                r.datesPeriodeVersement().csvValue(), orEmpty(r.idRAE()), r.notificationUE() ? "oui" : "non",
                r.pourcentageSubvention().toPlainString(), orEmpty(r.dispositifAide()));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
