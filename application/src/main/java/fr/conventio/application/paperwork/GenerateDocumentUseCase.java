package fr.conventio.application.paperwork;

/**
 * Generates a document of an agreement (the agreement, an amendment, a letter) as PDF or DOCX from its current data,
 * refused when that document does not apply to it now (the domain's {@code DocumentCatalogue}); stores the file with
 * the agreement (document storage, a generated-document record, an audit row) and returns it.
 */
public interface GenerateDocumentUseCase {

    GeneratedDocument generate(GenerateDocumentCommand command);
}
