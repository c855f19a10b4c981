package fr.conventio.application.mail;

import java.util.Arrays;
import java.util.Objects;

/** A file sent with a message (a letter, the agreement as PDF): its name, media type and bytes. */
public record MailAttachment(String fileName, String mediaType, byte[] content) {

    /** The largest attachment an outbox message carries (most mail servers refuse more than 10–25 MB in all). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
        if (fileName.isBlank() || fileName.length() > 255 || mediaType.isBlank() || mediaType.length() > 100) {
            throw new IllegalArgumentException("attachment: file name (1-255) and media type (1-100) expected");
        }
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("attachment " + fileName + ": " + content.length + " bytes, at most " + MAX_BYTES);
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment that && fileName.equals(that.fileName) && mediaType.equals(that.mediaType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "MailAttachment[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
