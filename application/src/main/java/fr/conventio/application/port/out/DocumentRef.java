package fr.conventio.application.port.out;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.InvalidCommandException;

/**
 * A document kept by the document storage: its id (to put in an evidence reference), the cleaned file name it is
 * stored and downloaded under ({@code fileName}), the name exactly as uploaded ({@code originalName}, shown to staff
 * through {@link fr.conventio.domain.shared.FileNames#display}), its type and size.
 */
public record DocumentRef(String id, String fileName, String originalName, String contentType, long size) {

    public DocumentRef {
        id = CommandChecks.requiredText(id, "document (identifiant)");
        fileName = CommandChecks.requiredText(fileName, "document (nom du fichier)");
        originalName = CommandChecks.requiredText(originalName, "document (nom d'origine)");
        contentType = CommandChecks.requiredText(contentType, "document (type)");
        if (size < 0) {
            throw new InvalidCommandException("document (taille)", "taille négative");
        }
    }

    /** A document whose name needed no cleaning: stored under the name it was uploaded with. */
    public DocumentRef(String id, String fileName, String contentType, long size) {
        this(id, fileName, fileName, contentType, size);
    }
}
