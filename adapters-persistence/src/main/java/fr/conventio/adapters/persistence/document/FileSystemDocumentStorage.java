package fr.conventio.adapters.persistence.document;

import fr.conventio.domain.shared.FileNames;
import fr.conventio.application.document.StoreDocumentUseCase;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.port.out.DocumentStoragePort;
import fr.conventio.application.port.out.DocumentUnavailableException;
import fr.conventio.application.port.out.StoredDocument;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.domain.shared.TextLimits;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 *   <li>Checks on the server: a name of at most 255 characters, not empty, at most
 *       {@code conventio.documents.max-size} (10 MB by default), an accepted type recognised in the content
 *       ({@link DocumentType}; archives inflated with limits) and named with a matching extension. A refused
 *       file leaves nothing behind; the message says why, in French.</li>
 *   <li>The name is stored twice: as uploaded ({@code original_name}, for display) and cleaned
 *       ({@code file_name}, {@link FileNames#safe}: the name it is downloaded under).</li>
 *   <li>The content goes to {@code <conventio.documents.directory>/ab/cd/<sha256>} (default
 *       {@code data/documents}): written to a temporary file in the same folder, forced to disk, then
 *       renamed atomically. Identical content is stored once; each upload gets its own row and id.</li>
 *   <li>The row is inserted in the caller's transaction (or one of its own). If that transaction does
 *       not commit, the file is removed again unless a committed row refers to the same content.
 *       Uploads of one content queue on a transaction-level advisory lock on its hash, so a cleanup
 *       never removes a file that a concurrent upload is about to refer to.</li>
 *   <li>Reading checks the file's size and hash against the row: a missing or altered file is a
 *       {@link DocumentUnavailableException}, never a silent substitute.</li>
 *   <li>{@link #purgeUnattached} deletes the rows no obligation event refers to, uploaded before a given
 *       instant, then their content once no row refers to it; each deletion is logged.</li>
 * </ul>
 */
@Component
public class FileSystemDocumentStorage implements DocumentStoragePort {

    private static final Logger LOG = LoggerFactory.getLogger(FileSystemDocumentStorage.class);
    private static final String LOCK = "select pg_advisory_xact_lock(hashtextextended(:sha256, 0))";

    /** Documents purged in one transaction at most (the next run goes on). */
    static final int PURGE_BATCH = 500;

    private final Path directory;
    private final DataSize maxSize;
    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUserPort currentUser;
    private final Clock clock;
    private final TransactionTemplate cleanupTransaction;

    FileSystemDocumentStorage(@Value("${conventio.documents.directory:data/documents}") Path directory,
                              @Value("${conventio.documents.max-size:10MB}") DataSize maxSize,
                              NamedParameterJdbcTemplate jdbc, CurrentUserPort currentUser, ObjectProvider<Clock> clock,
                              PlatformTransactionManager transactionManager) {
        this.directory = directory.toAbsolutePath().normalize();
        this.maxSize = maxSize;
        if (maxSize.toBytes() <= 0 || maxSize.toBytes() > StoreDocumentUseCase.MAX_SIZE) {
            throw new IllegalStateException("conventio.documents.max-size : une taille entre 1 octet et " + megabytes(StoreDocumentUseCase.MAX_SIZE)
                    + " est attendue (reçu " + maxSize + ")");
        }
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.cleanupTransaction = new TransactionTemplate(transactionManager);
        this.cleanupTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** @throws InvalidCommandException "fichier refusé : ..." when the file is empty, too large or of a type not accepted */
    @Override
    @Transactional
    public DocumentRef store(String fileName, String contentType, byte[] content) {
        String original = originalName(fileName);
        String name = FileNames.safe(original);
        DocumentType type = check(name, content);
        String sha256 = sha256(content);
        jdbc.query(LOCK, Map.of("sha256", sha256), rs -> null);
        TransactionSynchronizationManager.registerSynchronization(new RemoveUnreferencedContent(sha256, false));
        write(sha256, content);
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into document (id, file_name, original_name, content_type, size, sha256, uploaded_by, uploaded_at)
                values (:id, :fileName, :originalName, :contentType, :size, :sha256, :uploadedBy, :uploadedAt)""", new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("fileName", name)
                .addValue("originalName", original)
                .addValue("contentType", type.mimeType())
                .addValue("size", content.length)
                .addValue("sha256", sha256)
                .addValue("uploadedBy", currentUser.currentUser())
                .addValue("uploadedAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
        return new DocumentRef(id.toString(), name, original, type.mimeType(), content.length);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredDocument> open(String id) {
        Optional<DocumentRow> found = row(id, "");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DocumentRow row = found.get();
        Path file = pathOf(row.sha256());
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DocumentUnavailableException("document " + id + " (" + row.fileName() + ") : fichier absent du répertoire des documents "
                    + file, e);
        } catch (IOException e) {
            throw new DocumentUnavailableException("document " + id + " (" + row.fileName() + ") : lecture impossible de " + file, e);
        }
        if (content.length != row.size() || !sha256(content).equals(row.sha256())) {
            throw new DocumentUnavailableException("document " + id + " (" + row.fileName() + ") : le fichier " + file
                    + " a été altéré (taille ou empreinte SHA-256 différente)", null);
        }
        return Optional.of(new StoredDocument(row.ref(), content));
    }

    /** The row, locked (key share) until the caller's transaction ends: the purge skips it meanwhile. */
    @Override
    @Transactional
    public Optional<DocumentRef> find(String id) {
        return row(id, " for key share").map(DocumentRow::ref);
    }

    /**
     * In one transaction: locks the candidates (uploaded before {@code uploadedBefore}, no evidence refers to
     * them; rows held by a transaction recording evidence are skipped), then deletes those that still have no
     * evidence in a second statement, which sees what committed meanwhile. Their content goes once the
     * transaction has committed, when no row refers to it any more.
     */
    @Override
    @Transactional
    public List<DocumentRef> purgeUnattached(Instant uploadedBefore) {
        List<UUID> candidates = jdbc.queryForList("""
                select d.id from document d
                where d.uploaded_at < :before
                  and not exists (select 1 from obligation_event e where e.evidence_document_id = d.id::text)
                  and not exists (select 1 from generated_document g where g.document_id = d.id)
                  and not exists (select 1 from funder_logo l where l.document_id = d.id)
                order by d.uploaded_at, d.id
                limit :batch
                for update of d skip locked""", new MapSqlParameterSource("before", OffsetDateTime.ofInstant(uploadedBefore, ZoneOffset.UTC))
                .addValue("batch", PURGE_BATCH), UUID.class);
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<DocumentRow> purged = jdbc.query("""
                delete from document d
                where d.id in (:ids)
                  and not exists (select 1 from obligation_event e where e.evidence_document_id = d.id::text)
                  and not exists (select 1 from generated_document g where g.document_id = d.id)
                  and not exists (select 1 from funder_logo l where l.document_id = d.id)
                returning d.id, d.file_name, d.original_name, d.content_type, d.size, d.sha256, d.uploaded_by, d.uploaded_at""",
                Map.of("ids", candidates), (rs, n) -> {
                    DocumentRow row = toRow(rs);
                    LOG.info("Purged document {} \"{}\" ({} bytes, uploaded {} by {}): attached to no obligation since its upload",
                            row.id(), row.fileName(), row.size(), rs.getObject("uploaded_at", OffsetDateTime.class), rs.getString("uploaded_by"));
                    return row;
                });
        purged.stream().map(DocumentRow::sha256).distinct()
                .forEach(sha256 -> TransactionSynchronizationManager.registerSynchronization(new RemoveUnreferencedContent(sha256, true)));
        return purged.stream().map(DocumentRow::ref).toList();
    }

    private Optional<DocumentRow> row(String id, String lock) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException notOurs) {
            return Optional.empty();
        }
        List<DocumentRow> rows = jdbc.query("select id, file_name, original_name, content_type, size, sha256 from document where id = :id" + lock,
                Map.of("id", uuid), (rs, n) -> toRow(rs));
        return rows.stream().findFirst();
    }

    private static DocumentRow toRow(ResultSet rs) throws SQLException {
        return new DocumentRow(rs.getString("id"), rs.getString("file_name"), rs.getString("original_name"), rs.getString("content_type"),
                rs.getLong("size"), rs.getString("sha256"));
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

    /** The last segment of what the browser sent (some send a whole path), stripped: kept as the original name. */
    private static String originalName(String fileName) {
        String name = fileName == null ? "" : FileNames.lastSegment(fileName).strip();
        if (name.isEmpty()) {
            throw refused("nom de fichier absent");
        }
        if (!TextLimits.fits(name, TextLimits.FILE_NAME)) {
            throw refused("nom de fichier trop long (" + TextLimits.length(name) + " caractères, au plus " + TextLimits.FILE_NAME + ")");
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
        DocumentType.Family family;
        try {
            family = DocumentType.detect(content).orElseThrow(() -> refused("type non autorisé (le contenu de « "
                    + name + " » n'est pas un type accepté : " + DocumentType.ACCEPTED + ")"));
        } catch (DocumentType.UnsafeArchiveException unsafe) {
            throw refused("« " + name + " » : " + unsafe.getMessage());
        }
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

    private record DocumentRow(String id, String fileName, String originalName, String contentType, long size, String sha256) {

        DocumentRef ref() {
            return new DocumentRef(id, fileName, originalName, contentType, size);
        }
    }

    /**
     * After the transaction: removes the content unless a row refers to it, in a transaction of its own that
     * first takes the content's lock (a concurrent upload of the same content holds it until it commits, so
     * its row is then seen). After an upload, only when the transaction did not commit; after a purge, only
     * when it did.
     */
    private final class RemoveUnreferencedContent implements TransactionSynchronization {

        private final String sha256;
        private final boolean afterCommit;

        RemoveUnreferencedContent(String sha256, boolean afterCommit) {
            this.sha256 = sha256;
            this.afterCommit = afterCommit;
        }

        @Override
        public void afterCompletion(int status) {
            if ((status == STATUS_COMMITTED) != afterCommit) {
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
                LOG.warn("Document content {} left in place (it could not be checked): {}", sha256, e.toString());
            }
        }
    }
}
