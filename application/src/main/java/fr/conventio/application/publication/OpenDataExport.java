package fr.conventio.application.publication;

/** The SCDL "subventions" CSV (UTF-8 text, CRLF) of a year, its suggested file name and its number of rows. */
public record OpenDataExport(String fileName, String csv, int rowCount) {
}
