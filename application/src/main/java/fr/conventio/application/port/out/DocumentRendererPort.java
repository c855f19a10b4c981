package fr.conventio.application.port.out;

import fr.conventio.domain.paperwork.DocumentFormat;
import fr.conventio.domain.paperwork.DocumentModel;

/**
 * Lays out a generated document ({@link DocumentModel}, written by the domain) in a file format: a tagged PDF
 * with embedded fonts to sign and archive, or an editable DOCX. The adapter decides nothing about the content.
 */
public interface DocumentRendererPort {

    RenderedDocument render(DocumentModel model, DocumentFormat format);

    /** A rendered file: its name ("convention-ECO-2020-SCS.pdf"), media type and bytes. */
    record RenderedDocument(String fileName, String mediaType, byte[] content) {
        public RenderedDocument {
            java.util.Objects.requireNonNull(fileName);
            java.util.Objects.requireNonNull(mediaType);
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
