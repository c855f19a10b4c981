package fr.conventio.domain.obligation;

import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.TextLimits;

/** A piece of evidence received for an obligation: the id of the stored document and its file name. */
public record EvidenceRef(String documentId, String fileName) {

    public EvidenceRef {
        if (documentId == null || documentId.isBlank()) {
            throw new InvalidValueException("pièce justificative", "l'identifiant du document est absent");
        }
        if (fileName == null || fileName.isBlank()) {
            throw new InvalidValueException("pièce justificative", "le nom du fichier est absent");
        }
        documentId = documentId.strip();
        fileName = TextLimits.check("pièce justificative (nom du fichier)", fileName.strip(), TextLimits.FILE_NAME);
    }
}
