package fr.conventio.application.paperwork;

import java.time.Instant;

/** The funder's logo for its preview: the uploaded file's name, its type, size in pixels, bytes, when and by whom. */
public record FunderLogoView(String fileName, String mediaType, int width, int height, byte[] content, Instant uploadedAt,
                             String uploadedBy) {

    public FunderLogoView {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
