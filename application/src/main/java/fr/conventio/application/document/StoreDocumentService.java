package fr.conventio.application.document;

import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.port.out.DocumentStoragePort;
import fr.conventio.application.shared.InvalidCommandException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a document on the server (size, declared type, and that the first bytes match that type)
 * before handing it to the document storage. The browser's checks are a convenience; these are the
 * ones that count.
 */
public final class StoreDocumentService implements StoreDocumentUseCase {

    private static final byte[] PDF = "%PDF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** The signature (magic number) each accepted type starts with; OpenDocument and OOXML files are zip archives. */
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", PDF,
            "image/jpeg", JPEG,
            "image/png", PNG,
            "application/vnd.oasis.opendocument.text", ZIP,
            "application/vnd.oasis.opendocument.spreadsheet", ZIP,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP);

    private final DocumentStoragePort storage;

    public StoreDocumentService(DocumentStoragePort storage) {
        this.storage = Objects.requireNonNull(storage);
    }

    @Override
    public DocumentRef store(StoreDocumentCommand command) {
        String name = command.fileName();
        if (command.size() == 0) {
            throw new InvalidCommandException("fichier", "« " + name + " » est vide");
        }
        if (command.size() > MAX_SIZE) {
            throw new InvalidCommandException("fichier", "« " + name + " » pèse " + megabytes(command.size())
                    + " Mo : un fichier pèse au plus " + megabytes(MAX_SIZE) + " Mo");
        }
        String type = command.contentType().toLowerCase(Locale.ROOT);
        byte[] signature = SIGNATURES.get(type);
        if (signature == null) {
            throw new InvalidCommandException("fichier", "« " + name + " » est de type « " + command.contentType()
                    + " », qui n'est pas accepté (PDF, JPEG, PNG, ODT, ODS, DOCX ou XLSX)");
        }
        if (!startsWith(command.content(), signature)) {
            throw new InvalidCommandException("fichier", "le contenu de « " + name + " » ne correspond pas à son type déclaré ("
                    + command.contentType() + ")");
        }
        return storage.store(name, type, command.content());
    }

    /** "10,1" for a bit more than 10 Mo (rounded up, so that a file just above the limit never reads "10 Mo"). */
    private static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.UP)
                .stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
