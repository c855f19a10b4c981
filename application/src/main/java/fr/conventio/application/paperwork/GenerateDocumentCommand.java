package fr.conventio.application.paperwork;

import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.paperwork.DocumentFormat;
import fr.conventio.domain.paperwork.DocumentKind;
import fr.conventio.domain.shared.AgreementId;

/**
 * Generates one document of an agreement in one format; {@code number} tells which of a numbered kind (amendment
 * n° 2, the first formal notice), 0 for the others; a replay of {@code submission} stores nothing more.
 */
public record GenerateDocumentCommand(SubmissionKey submission, AgreementId agreementId, DocumentKind kind, int number, DocumentFormat format) {

    public GenerateDocumentCommand {
        if (submission == null) {
            throw new InvalidCommandException("soumission", "clé de soumission absente");
        }
        if (agreementId == null) {
            throw new InvalidCommandException("convention", "convention absente");
        }
        if (kind == null) {
            throw new InvalidCommandException("document", "type de document absent");
        }
        if (format == null) {
            throw new InvalidCommandException("format", "format absent (PDF ou DOCX)");
        }
        if (number < 0) {
            throw new InvalidCommandException("document (numéro)", "numéro négatif");
        }
    }
}
