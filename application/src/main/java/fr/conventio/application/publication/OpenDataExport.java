package fr.conventio.application.publication;

import java.util.List;

/**
 * The SCDL "subventions" CSV (UTF-8 text, CRLF) of a year, its suggested file name, its number of rows, and
 * the signed agreements above the threshold that could not be published, each with the reason, in French,
 * for staff to put right (the rest of the year is published all the same).
 */
public record OpenDataExport(String fileName, String csv, int rowCount, List<Unpublished> unpublished) {

    public OpenDataExport {
        unpublished = List.copyOf(unpublished);
    }

    /**
     * A signed agreement the file leaves out.
     *
     * @param reason what is missing or wrong, as staff read it ("l'association n'a ni SIRET ni numéro RNA...")
     */
    public record Unpublished(String reference, String associationName, String reason) {
    }
}
