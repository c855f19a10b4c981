/**
 * Renders the domain's {@link fr.conventio.domain.paperwork.DocumentModel}: {@link fr.conventio.adapters.documents.PdfRenderer}
 * (PDFBox, tagged PDF, DejaVu fonts embedded) and {@link fr.conventio.adapters.documents.DocxRenderer} (Apache POI),
 * behind {@link fr.conventio.application.port.out.DocumentRendererPort} (ADR 0010).
 */
package fr.conventio.adapters.documents;
