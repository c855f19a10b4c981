package fr.conventio.application.port.out;

import java.util.Objects;

/** A stored document read back: its reference and its bytes. */
public record StoredDocument(DocumentRef ref, byte[] content) {

    public StoredDocument {
        Objects.requireNonNull(ref, "document absent");
        content = Objects.requireNonNull(content, "contenu absent").clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
