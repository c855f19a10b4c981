package fr.conventio.application.fakes;

import fr.conventio.application.port.out.DocumentRendererPort;
import fr.conventio.domain.paperwork.DocumentFormat;
import fr.conventio.domain.paperwork.DocumentModel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Records what would be generated (each model and format) and answers a small file that starts like the real
 * format ("%PDF", or a zip header for DOCX) followed by the model's texts.
 */
public final class RecordingDocumentRenderer implements DocumentRendererPort {

    /** One rendering asked for. */
    public record Rendering(DocumentModel model, DocumentFormat format) {
    }

    private final List<Rendering> renderings = new ArrayList<>();

    @Override
    public synchronized RenderedDocument render(DocumentModel model, DocumentFormat format) {
        renderings.add(new Rendering(model, format));
        String header = format == DocumentFormat.PDF ? "%PDF-fake\n" : "PK\u0003\u0004fake\n";
        byte[] content = (header + String.join("\n", model.texts())).getBytes(StandardCharsets.UTF_8);
        return new RenderedDocument(model.fileStem() + "." + format.extension(), format.mediaType(), content);
    }

    public synchronized List<Rendering> renderings() {
        return List.copyOf(renderings);
    }
}
