package fr.conventio.application.paperwork;

import fr.conventio.application.shared.ReadOnly;

/**
 * A preview of a template before it is saved: the document of its kind written with it, for the seed agreement of
 * the samples (Pôle SCS, 80 000 €) under the installation's funder, as PDF; nothing is stored. A field that does
 * not exist is refused with its name, as when saving.
 */
public interface PreviewDocumentTemplateUseCase extends ReadOnly {

    GeneratedDocument preview(SaveDocumentTemplateCommand command);
}
