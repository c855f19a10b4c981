package fr.conventio.application.paperwork;

import fr.conventio.domain.paperwork.DocumentTemplate;

/**
 * Replaces the wording of a kind of document (letterhead, opening, closing); a template naming a field that does
 * not exist is refused with the field's name. All parts blank: back to the default.
 */
public interface SaveDocumentTemplateUseCase {

    DocumentTemplate save(SaveDocumentTemplateCommand command);
}
