package fr.conventio.application.port.out;

import fr.conventio.domain.paperwork.DocumentKind;
import fr.conventio.domain.paperwork.DocumentTemplate;

import java.util.List;
import java.util.Optional;

/** The administrator's document templates, one per kind of document at most; each save and reset audited. */
public interface DocumentTemplateRepository {

    /** The template of this kind, when the administrator replaced the default. */
    Optional<DocumentTemplate> find(DocumentKind kind);

    List<DocumentTemplate> findAll();

    /** Stores (or replaces) the template of its kind. */
    void save(DocumentTemplate template);

    /** Goes back to the default wording for this kind (deletes its template). */
    void reset(DocumentKind kind);
}
