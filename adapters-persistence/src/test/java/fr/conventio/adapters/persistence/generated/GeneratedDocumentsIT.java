package fr.conventio.adapters.persistence.generated;

import fr.conventio.adapters.persistence.DatabaseTestSupport;
import fr.conventio.adapters.persistence.document.FileSystemDocumentStorage;
import fr.conventio.application.fakes.FixedCurrentUser;
import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.port.out.GeneratedDocumentRepository.GeneratedDocumentRecord;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.paperwork.DocumentFormat;
import fr.conventio.domain.paperwork.DocumentKind;
import fr.conventio.domain.shared.AgreementId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Generated-document records on PostgreSQL: stored, listed newest first, audited, their files kept from the purge. */
class GeneratedDocumentsIT extends DatabaseTestSupport {

    @Autowired
    private GeneratedDocumentPersistenceAdapter generated;
    @Autowired
    private FileSystemDocumentStorage storage;
    @Autowired
    private FixedCurrentUser currentUser;

    @Test
    void a_generated_document_is_recorded_audited_listed_and_never_purged() {
        currentUser.actAs("instructeur.test");
        saveSeedParties();
        AgreementId agreementId = agreements.save(Versioned.newAggregate(AgreementFixtures.seedAgreement())).value().id();
        byte[] pdf = "%PDF-1.7\n%convention\n".getBytes(StandardCharsets.US_ASCII);
        DocumentRef first = storage.store("convention-ECO-2020-SCS.pdf", "application/pdf", pdf);
        DocumentRef second = storage.store("convention-ECO-2020-SCS.pdf", "application/pdf", pdf);
        GeneratedDocumentRecord older = new GeneratedDocumentRecord(UUID.randomUUID(), agreementId, DocumentKind.AGREEMENT, 0,
                DocumentFormat.PDF, first.id(), "convention-ECO-2020-SCS.pdf", Instant.parse("2020-02-10T09:00:00Z"), "instructeur.test");
        GeneratedDocumentRecord newer = new GeneratedDocumentRecord(UUID.randomUUID(), agreementId, DocumentKind.AGREEMENT, 0,
                DocumentFormat.PDF, second.id(), "convention-ECO-2020-SCS.pdf", Instant.parse("2020-02-11T09:00:00Z"), "instructeur.test");

        generated.record(older);
        generated.record(newer);

        assertThat(generated.findByAgreement(agreementId)).containsExactly(newer, older);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where aggregate_type = 'GENERATED_DOCUMENT' and agreement_id = ?",
                Long.class, agreementId.value())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select changes ->> 'document' from audit_event where aggregate_id = ?"
                        .replace("changes ->> 'document'", "changes -> 'document' ->> 'new'"), String.class, older.id()))
                .isEqualTo("Convention");
        storage.purgeUnattached(Instant.parse("2100-01-01T00:00:00Z"));
        assertThat(storage.find(first.id())).isPresent();
        assertThat(storage.find(second.id())).isPresent();
    }

    @Test
    void the_database_refuses_an_unknown_kind_or_a_missing_file() {
        currentUser.actAs("instructeur.test");
        saveSeedParties();
        AgreementId agreementId = agreements.save(Versioned.newAggregate(AgreementFixtures.seedAgreement())).value().id();
        assertThatThrownBy(() -> generated.record(new GeneratedDocumentRecord(UUID.randomUUID(), agreementId, DocumentKind.AGREEMENT, 0,
                DocumentFormat.PDF, UUID.randomUUID().toString(), "x.pdf", Instant.now(), "instructeur.test")))
                .hasMessageContaining("generated_document_document_id_fkey");
        assertThatThrownBy(() -> jdbc.update("""
                insert into generated_document (id, agreement_id, kind, number, format, document_id, file_name, generated_at, generated_by)
                values (gen_random_uuid(), ?, 'LETTRE', 0, 'PDF', gen_random_uuid(), 'x.pdf', now(), 'x')""", agreementId.value()))
                .hasMessageContaining("generated_document_kind_check");
    }
}
