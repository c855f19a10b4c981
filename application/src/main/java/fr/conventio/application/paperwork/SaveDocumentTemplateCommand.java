package fr.conventio.application.paperwork;

import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.domain.paperwork.DocumentKind;

/** The administrator's letterhead, opening paragraph and closing formula for a kind of document (blank: default wording). */
public record SaveDocumentTemplateCommand(DocumentKind kind, String letterhead, String opening, String closing) {

    public SaveDocumentTemplateCommand {
        if (kind == null) {
            throw new InvalidCommandException("document", "type de document absent");
        }
    }
}
