package fr.conventio.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the documents the association sends (evidence of its obligations). The storage (file system,
 * object store, database) is the adapter's business; the application keeps only the document id.
 */
public interface DocumentStoragePort {

    /**
     * Stores a document and gives its reference (a new id each time). {@code fileName} is the name as
     * uploaded (kept as the reference's original name); the storage keeps it cleaned
     * ({@link fr.conventio.domain.shared.FileNames#safe}) as the reference's file name.
     */
    DocumentRef store(String fileName, String contentType, byte[] content);

    /**
     * The document with this id, if stored.
     *
     * @throws DocumentUnavailableException when its metadata is stored but its content is missing or altered
     */
    Optional<StoredDocument> open(String id);

    /**
     * The reference of the document with this id, if stored, without reading its content. Within a
     * transaction, the document is then kept from {@link #purgeUnattached} until it ends (the evidence
     * about to refer to it is then seen by the purge).
     */
    Optional<DocumentRef> find(String id);

    /**
     * Deletes every document uploaded before {@code uploadedBefore} that no obligation's evidence, no generated
     * document and not the funder's logo refers to (a file uploaded in a dialog that was then cancelled, a replaced
     * logo), its content with it unless another document shares that content. A document one of them refers to is
     * never deleted.
     *
     * @return the documents deleted
     */
    List<DocumentRef> purgeUnattached(Instant uploadedBefore);
}
