package fr.conventio.application.paperwork;

import java.util.Objects;

/**
 * A generated document: the id of its stored file (downloadable like any stored document), its file name, media
 * type and bytes — what a mail or an export attaches.
 */
public record GeneratedDocument(String documentId, String fileName, String mediaType, byte[] content) {

    public GeneratedDocument {
        Objects.requireNonNull(documentId);
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(mediaType);
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
