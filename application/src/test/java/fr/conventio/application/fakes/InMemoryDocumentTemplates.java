package fr.conventio.application.fakes;

import fr.conventio.application.port.out.DocumentTemplateRepository;
import fr.conventio.domain.paperwork.DocumentKind;
import fr.conventio.domain.paperwork.DocumentTemplate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The administrator's document templates, in memory. */
public final class InMemoryDocumentTemplates implements DocumentTemplateRepository {

    private final Map<DocumentKind, DocumentTemplate> templates = new EnumMap<>(DocumentKind.class);

    @Override
    public synchronized Optional<DocumentTemplate> find(DocumentKind kind) {
        return Optional.ofNullable(templates.get(kind));
    }

    @Override
    public synchronized List<DocumentTemplate> findAll() {
        return List.copyOf(templates.values());
    }

    @Override
    public synchronized void save(DocumentTemplate template) {
        templates.put(template.kind(), template);
    }

    @Override
    public synchronized void reset(DocumentKind kind) {
        templates.remove(kind);
    }
}
