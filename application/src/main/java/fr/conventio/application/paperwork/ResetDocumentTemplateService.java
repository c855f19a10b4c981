package fr.conventio.application.paperwork;

import fr.conventio.application.port.out.DocumentTemplateRepository;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.domain.paperwork.DocumentKind;

import java.util.Objects;

/** Deletes the administrator's template of a kind: its documents are written with the default wording again. */
public final class ResetDocumentTemplateService implements ResetDocumentTemplateUseCase {

    private final DocumentTemplateRepository templates;

    public ResetDocumentTemplateService(DocumentTemplateRepository templates) {
        this.templates = Objects.requireNonNull(templates);
    }

    @Override
    public void reset(DocumentKind kind) {
        if (kind == null) {
            throw new InvalidCommandException("document", "type de document absent");
        }
        templates.reset(kind);
    }
}
