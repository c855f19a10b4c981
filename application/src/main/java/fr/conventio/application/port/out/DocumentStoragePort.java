package fr.conventio.application.port.out;

import java.util.Optional;

/**
 * Keeps the documents the association sends (evidence of its obligations). The storage (file system,
 * object store, database) is the adapter's business; the application keeps only the document id.
 */
public interface DocumentStoragePort {

    /** Stores a document and gives its reference (a new id each time). */
    DocumentRef store(String fileName, String contentType, byte[] content);

    /** The document with this id, if stored. */
    Optional<StoredDocument> open(String id);
}
