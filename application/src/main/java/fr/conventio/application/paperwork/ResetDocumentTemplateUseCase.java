package fr.conventio.application.paperwork;

import fr.conventio.domain.paperwork.DocumentKind;

/** Goes back to the default wording of a kind of document. */
public interface ResetDocumentTemplateUseCase {

    void reset(DocumentKind kind);
}
