package fr.conventio.adapters.documents;

import fr.conventio.application.port.out.DocumentRendererPort;
import fr.conventio.domain.paperwork.DocumentFormat;
import fr.conventio.domain.paperwork.DocumentModel;
import fr.conventio.domain.shared.FileNames;

/** The renderer of each format, behind the port. */
public final class DocumentRenderers implements DocumentRendererPort {

    private final PdfRenderer pdf = new PdfRenderer();
    private final DocxRenderer docx = new DocxRenderer();

    @Override
    public RenderedDocument render(DocumentModel model, DocumentFormat format) {
        byte[] content = switch (format) {
            case PDF -> pdf.render(model);
            case DOCX -> docx.render(model);
        };
        return new RenderedDocument(FileNames.safe(model.fileStem() + "." + format.extension()), format.mediaType(), content);
    }
}
