package fr.conventio.application.port.out;

import fr.conventio.domain.paperwork.DocumentFormat;
import fr.conventio.domain.paperwork.DocumentKind;
import fr.conventio.domain.shared.AgreementId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The documents generated for an agreement (which kind, which one, which format, when, by whom) and the stored
 * file each refers to ({@link DocumentStoragePort}): what the agreement's page lists. Each record is written in the
 * caller's transaction with an audit row; a stored file a record refers to is never purged as unattached.
 */
public interface GeneratedDocumentRepository {

    void record(GeneratedDocumentRecord record);

    /** The agreement's generated documents, newest first. */
    List<GeneratedDocumentRecord> findByAgreement(AgreementId agreementId);

    /** One generated document. */
    record GeneratedDocumentRecord(UUID id, AgreementId agreementId, DocumentKind kind, int number, DocumentFormat format,
                                   String documentId, String fileName, Instant generatedAt, String generatedBy) {
        public GeneratedDocumentRecord {
            Objects.requireNonNull(id);
            Objects.requireNonNull(agreementId);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(format);
            Objects.requireNonNull(documentId);
            Objects.requireNonNull(fileName);
            Objects.requireNonNull(generatedAt);
            Objects.requireNonNull(generatedBy);
        }
    }
}
