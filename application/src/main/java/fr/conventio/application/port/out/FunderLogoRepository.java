package fr.conventio.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The funder's logo the administrator uploaded for the letterhead of the generated documents: at most one, its file
 * kept by the {@link DocumentStoragePort} (never purged as unattached while referred to here); each replacement and
 * removal audited.
 */
public interface FunderLogoRepository {

    Optional<FunderLogoRecord> current();

    /** Records {@code logo} as the funder's logo, replacing the previous one. */
    void replace(FunderLogoRecord logo);

    /** No logo any more (nothing happens when there is none). */
    void remove();

    /** Whether the stored document {@code documentId} is the logo's file (the unattached-documents purge keeps it). */
    boolean refersTo(String documentId);

    /** The logo as recorded: its stored document, the uploaded file's name, its type and size read from its content. */
    record FunderLogoRecord(String documentId, String fileName, String mediaType, long size, int width, int height,
                            Instant uploadedAt, String uploadedBy) {
        public FunderLogoRecord {
            Objects.requireNonNull(documentId);
            Objects.requireNonNull(fileName);
            Objects.requireNonNull(mediaType);
            Objects.requireNonNull(uploadedAt);
            Objects.requireNonNull(uploadedBy);
        }
    }
}
