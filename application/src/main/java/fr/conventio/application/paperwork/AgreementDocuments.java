package fr.conventio.application.paperwork;

import fr.conventio.application.port.out.GeneratedDocumentRepository.GeneratedDocumentRecord;
import fr.conventio.domain.paperwork.AvailableDocument;

import java.util.List;

/** The documents that apply to an agreement now, and those already generated (newest first). */
public record AgreementDocuments(List<AvailableDocument> available, List<GeneratedDocumentRecord> generated) {

    public AgreementDocuments {
        available = List.copyOf(available);
        generated = List.copyOf(generated);
    }
}
