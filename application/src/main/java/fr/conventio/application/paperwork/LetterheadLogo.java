package fr.conventio.application.paperwork;

import fr.conventio.application.port.out.DocumentStoragePort;
import fr.conventio.application.port.out.DocumentUnavailableException;
import fr.conventio.application.port.out.FunderLogoRepository;
import fr.conventio.application.port.out.FunderLogoRepository.FunderLogoRecord;
import fr.conventio.application.port.out.StoredDocument;
import fr.conventio.domain.paperwork.DocumentModel;
import fr.conventio.domain.paperwork.FunderLogo;
import fr.conventio.domain.shared.InvalidValueException;

import java.util.Objects;
import java.util.Optional;

/** Reads the funder's logo back from the document storage, for the letterhead of a generated document and its preview. */
final class LetterheadLogo {

    private final FunderLogoRepository logos;
    private final DocumentStoragePort storage;

    LetterheadLogo(FunderLogoRepository logos, DocumentStoragePort storage) {
        this.logos = Objects.requireNonNull(logos);
        this.storage = Objects.requireNonNull(storage);
    }

    /** {@code model} with the funder's logo in its letterhead, when one is uploaded and its file can be read. */
    DocumentModel onto(DocumentModel model) {
        return current().map(view -> model.withLogo(FunderLogo.of(view.fileName(), view.content()))).orElse(model);
    }

    /**
     * The logo as uploaded; none when there is none, or when its stored file is missing or altered (the documents are
     * then generated without it rather than refused).
     */
    Optional<FunderLogoView> current() {
        Optional<FunderLogoRecord> record = logos.current();
        if (record.isEmpty()) {
            return Optional.empty();
        }
        FunderLogoRecord logo = record.get();
        Optional<StoredDocument> stored;
        try {
            stored = storage.open(logo.documentId());
        } catch (DocumentUnavailableException e) {
            return Optional.empty();
        }
        try {
            return stored.map(file -> FunderLogo.of(logo.fileName(), file.content())).map(read -> new FunderLogoView(logo.fileName(),
                    read.mediaType(), read.width(), read.height(), read.content(), logo.uploadedAt(), logo.uploadedBy()));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
