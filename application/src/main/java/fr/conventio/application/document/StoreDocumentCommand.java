package fr.conventio.application.document;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.domain.shared.TextLimits;

import java.util.Arrays;
import java.util.Objects;

/** A document sent by the association (evidence of an obligation), as uploaded: file name, declared type and bytes. */
public record StoreDocumentCommand(String fileName, String contentType, byte[] content) {

    public StoreDocumentCommand {
        fileName = CommandChecks.requiredText(fileName, "nom du fichier", TextLimits.FILE_NAME);
        contentType = CommandChecks.requiredText(contentType, "type du fichier");
        if (content == null) {
            throw new InvalidCommandException("contenu du fichier", "champ obligatoire");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoreDocumentCommand that && fileName.equals(that.fileName)
                && contentType.equals(that.contentType) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "StoreDocumentCommand[" + fileName + ", " + contentType + ", " + content.length + " octets]";
    }
}
