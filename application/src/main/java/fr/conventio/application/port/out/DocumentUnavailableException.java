package fr.conventio.application.port.out;

/**
 * A document's metadata is stored but its content cannot be read back as it was stored: the file is
 * missing, altered (size or hash differ) or unreadable. The message is for the log (it names the
 * document and the file); staff are told only that the document is unavailable.
 */
public class DocumentUnavailableException extends RuntimeException {

    public DocumentUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
