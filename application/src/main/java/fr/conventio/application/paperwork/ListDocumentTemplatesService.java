package fr.conventio.application.paperwork;

import fr.conventio.application.port.out.DocumentTemplateRepository;
import fr.conventio.domain.paperwork.DocumentKind;
import fr.conventio.domain.paperwork.DocumentTemplate;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Every kind's template, the default where none was saved. */
public final class ListDocumentTemplatesService implements ListDocumentTemplatesUseCase {

    private final DocumentTemplateRepository templates;

    public ListDocumentTemplatesService(DocumentTemplateRepository templates) {
        this.templates = Objects.requireNonNull(templates);
    }

    @Override
    public List<DocumentTemplate> list() {
        return Arrays.stream(DocumentKind.values()).map(kind -> templates.find(kind).orElse(DocumentTemplate.defaultFor(kind))).toList();
    }
}
