package fr.conventio.adapters.persistence.document;

import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.port.out.DocumentStoragePort;
import fr.conventio.application.port.out.StoredDocument;
import fr.conventio.application.shared.InvalidCommandException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps documents on the file system, content-addressed, with their metadata in the {@code document}
 * table.
 * <ul>
 *   <li>Checks on the server: not empty, at most {@code conventio.documents.max-size} (20 MB by
 *       default), an accepted type recognised in the content ({@link DocumentType}) and named with a
 *       matching extension. A refused file leaves nothing behind; the message says why, in French.</li>
 *   <li>The content goes to {@code <conventio.documents.directory>/ab/cd/<sha256>} (default
 *       {@code data/documents}): written to a temporary file in the same folder, forced to disk, then
 *       renamed atomically. Identical content is stored once; each upload gets its own row and id.</li>
 *   <li>The row is inserted in the caller's transaction (or one of its own). If that transaction does
 *       not commit, the file is removed again unless a committed row refers to the same content.
 *       Uploads of one content queue on a transaction-level advisory lock on its hash, so a cleanup
 *       never removes a file that a concurrent upload is about to refer to.</li>
 *   <li>Reading checks the file's size and hash against the row: a missing or altered file is an
 *       error, never a silent substitute.</li>
 * </ul>
 */
@Component
public class FileSystemDocumentStorage implements DocumentStoragePort {

    private static final Logger LOG = LoggerFactory.getLogger(FileSystemDocumentStorage.class);
    private static final int MAX_FILE_NAME_LENGTH = 255;
    private static final String LOCK = "select pg_advisory_xact_lock(hashtextextended(:sha256, 0))";

    private final Path directory;
    private final DataSize maxSize;
    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUserPort currentUser;
    private final TransactionTemplate cleanupTransaction;

    FileSystemDocumentStorage(@Value("${conventio.documents.directory:data/documents}") Path directory,
                              @Value("${conventio.documents.max-size:20MB}") DataSize maxSize,
                              NamedParameterJdbcTemplate jdbc, CurrentUserPort currentUser,
                              PlatformTransactionManager transactionManager) {
        this.directory = directory.toAbsolutePath().normalize();
        this.maxSize = maxSize;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.cleanupTransaction = new TransactionTemplate(transactionManager);
        this.cleanupTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** @throws InvalidCommandException "fichier refusé : ..." when the file is empty, too large or of a type not accepted */
    @Override
    @Transactional
    public DocumentRef store(String fileName, String contentType, byte[] content) {
        String name = cleanName(fileName);
        DocumentType type = check(name, content);
        String sha256 = sha256(content);
        jdbc.query(LOCK, Map.of("sha256", sha256), rs -> null);
        TransactionSynchronizationManager.registerSynchronization(new RemoveUnlessCommitted(sha256));
        write(sha256, content);
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into document (id, file_name, content_type, size, sha256, uploaded_by)
                values (:id, :fileName, :contentType, :size, :sha256, :uploadedBy)""", new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("fileName", name)
                .addValue("contentType", type.mimeType())
                .addValue("size", content.length)
                .addValue("sha256", sha256)
                .addValue("uploadedBy", currentUser.currentUser()));
        return new DocumentRef(id.toString(), name, type.mimeType(), content.length);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredDocument> open(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException notOurs) {
            return Optional.empty();
        }
        List<DocumentRow> rows = jdbc.query("select id, file_name, content_type, size, sha256 from document where id = :id",
                Map.of("id", uuid), (rs, n) -> new DocumentRow(rs.getString("id"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size"), rs.getString("sha256")));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        DocumentRow row = rows.getFirst();
        byte[] content;
        try {
            content = Files.readAllBytes(pathOf(row.sha256()));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("document " + id + " (" + row.fileName() + ") : fichier absent du répertoire des documents "
                    + pathOf(row.sha256()), e);
        } catch (IOException e) {
            throw new UncheckedIOException("document " + id + " : lecture impossible", e);
        }
        if (content.length != row.size() || !sha256(content).equals(row.sha256())) {
            throw new IllegalStateException("document " + id + " (" + row.fileName() + ") : le fichier " + pathOf(row.sha256())
                    + " a été altéré (taille ou empreinte SHA-256 différente)");
        }
        return Optional.of(new StoredDocument(new DocumentRef(row.id(), row.fileName(), row.contentType(), row.size()), content));
    }

    /** The documents directory (absolute). */
    Path directory() {
        return directory;
    }

    /** Where a content is kept: {@code ab/cd/<sha256>} under the directory. */
    Path pathOf(String sha256) {
        return directory.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    // ------------------------------------------------------------------ checks

    /** The last segment of what the browser sent (some send a whole path), stripped. */
    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            throw refused("nom de fichier absent");
        }
        if (name.length() > MAX_FILE_NAME_LENGTH) {
            throw refused("nom de fichier trop long (" + name.length() + " caractères, au plus " + MAX_FILE_NAME_LENGTH + ")");
        }
        return name;
    }

    private DocumentType check(String name, byte[] content) {
        if (content == null || content.length == 0) {
            throw refused("le fichier « " + name + " » est vide");
        }
        if (content.length > maxSize.toBytes()) {
            throw refused("« " + name + " » pèse " + megabytes(content.length) + ", au-delà de la taille maximale autorisée ("
                    + megabytes(maxSize.toBytes()) + ")");
        }
        DocumentType.Family family = DocumentType.detect(content).orElseThrow(() -> refused("type non autorisé (le contenu de « "
                + name + " » n'est pas un type accepté : " + DocumentType.ACCEPTED + ")"));
        String extension = DocumentType.extensionOf(name);
        return family.withExtension(extension).orElseThrow(() -> refused("type non autorisé (le contenu de « " + name + " » est un "
                + family.label() + ", " + (extension.isEmpty() ? "son nom n'a pas d'extension" : "son extension ." + extension + " ne correspond pas")
                + ")"));
    }

    private static InvalidCommandException refused(String why) {
        return new InvalidCommandException("fichier refusé", why);
    }

    /** "2,00 Mo" for a file; "20 Mo" for a whole number of megabytes (the limit). */
    private static String megabytes(long bytes) {
        double megabytes = bytes / (1024.0 * 1024.0);
        return bytes % (1024 * 1024) == 0 ? (bytes / (1024 * 1024)) + " Mo" : String.format(Locale.FRANCE, "%.2f Mo", megabytes);
    }

    // ------------------------------------------------------------------ files

    /** Writes the content once: to a temporary file next to its place, forced to disk, then renamed. */
    private void write(String sha256, byte[] content) {
        Path target = pathOf(sha256);
        Path temporary = null;
        try {
            if (Files.isRegularFile(target) && Files.size(target) == content.length) {
                return; // the same content, already stored (a file of another size is damaged: written again)
            }
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), sha256, ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("document : écriture impossible dans " + target.getParent(), e);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                LOG.warn("Temporary document file {} could not be removed", path, e);
            }
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 indisponible", e);
        }
    }

    private record DocumentRow(String id, String fileName, String contentType, long size, String sha256) {
    }

    /**
     * After a transaction that did not commit: removes the content unless a row refers to it, in a
     * transaction of its own that first takes the content's lock (a concurrent upload of the same
     * content holds it until it commits, so its row is then seen).
     */
    private final class RemoveUnlessCommitted implements TransactionSynchronization {

        private final String sha256;

        RemoveUnlessCommitted(String sha256) {
            this.sha256 = sha256;
        }

        @Override
        public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED) {
                return;
            }
            try {
                cleanupTransaction.executeWithoutResult(tx -> {
                    jdbc.query(LOCK, Map.of("sha256", sha256), rs -> null);
                    Long rows = jdbc.queryForObject("select count(*) from document where sha256 = :sha256", Map.of("sha256", sha256), Long.class);
                    if (rows != null && rows == 0) {
                        deleteQuietly(pathOf(sha256));
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("Document content {} left in place after a rollback (it could not be checked): {}", sha256, e.toString());
            }
        }
    }
}
