package fr.conventio.application.paperwork;

/**
 * A preview of a template before it is saved: the document of its kind written with it, for the seed agreement of
 * the samples (Pôle SCS, 80 000 €) under the installation's funder, as PDF; nothing is stored. A field that does
 * not exist is refused with its name, as when saving. An administrator's action (not a read open to every role),
 * although it writes nothing.
 */
public interface PreviewDocumentTemplateUseCase {

    GeneratedDocument preview(SaveDocumentTemplateCommand command);
}
