package fr.conventio.application.document;

import fr.conventio.application.obligation.ReceiveEvidenceUseCase;
import fr.conventio.application.port.out.DocumentRef;

import java.util.List;

/**
 * Keeps a document the association sent (before it is recorded as evidence with
 * {@link ReceiveEvidenceUseCase}). Refuses an empty file, a file above {@link #MAX_SIZE} bytes and a
 * type not in {@link #ACCEPTED_TYPES}, whose content must also look like the declared type (a file
 * renamed ".pdf" is not a PDF).
 */
public interface StoreDocumentUseCase {

    /** 10 Mo. */
    int MAX_SIZE = 10 * 1024 * 1024;

    /** PDF, images, OpenDocument and Office Open XML files. */
    List<String> ACCEPTED_TYPES = List.of("application/pdf", "image/jpeg", "image/png",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** The file extensions staff are told about, in the order of {@link #ACCEPTED_TYPES}. */
    List<String> ACCEPTED_EXTENSIONS = List.of(".pdf", ".jpg", ".jpeg", ".png", ".odt", ".ods", ".docx", ".xlsx");

    DocumentRef store(StoreDocumentCommand command);
}
