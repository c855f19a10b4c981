package fr.conventio.application.port.out;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.InvalidCommandException;

/** A document kept by the document storage: its id (to put in an evidence reference), file name, type and size. */
public record DocumentRef(String id, String fileName, String contentType, long size) {

    public DocumentRef {
        id = CommandChecks.requiredText(id, "document (identifiant)");
        fileName = CommandChecks.requiredText(fileName, "document (nom du fichier)");
        contentType = CommandChecks.requiredText(contentType, "document (type)");
        if (size < 0) {
            throw new InvalidCommandException("document (taille)", "taille négative");
        }
    }
}
