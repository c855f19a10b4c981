package fr.conventio.application.paperwork;

import fr.conventio.application.shared.ReadOnly;
import fr.conventio.domain.paperwork.DocumentTemplate;

import java.util.List;

/** The template of every kind of document (the default for the kinds not replaced), in kind order. */
public interface ListDocumentTemplatesUseCase extends ReadOnly {

    List<DocumentTemplate> list();
}
