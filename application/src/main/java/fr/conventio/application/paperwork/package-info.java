/**
 * Generated documents of an agreement: which apply now ({@link fr.conventio.application.paperwork.ListAgreementDocumentsUseCase}),
 * and generating one as PDF or DOCX, stored with the agreement ({@link fr.conventio.application.paperwork.GenerateDocumentUseCase}).
 * What a document says and when it applies is the domain's ({@code fr.conventio.domain.paperwork}); the layout is an adapter's.
 */
package fr.conventio.application.paperwork;
