package fr.conventio.adapters.persistence.contract;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.TestDatabase;
import fr.conventio.adapters.persistence.document.FileSystemDocumentStorage;
import fr.conventio.adapters.persistence.generated.FunderLogoPersistenceAdapter;
import fr.conventio.application.fakes.FixedCurrentUser;
import fr.conventio.application.port.out.FunderLogoRepository;
import fr.conventio.application.port.out.FunderLogoRepository.FunderLogoRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract on the PostgreSQL adapter (table funder_logo of V34), its audit rows, constraints and the purge. */
@SpringBootTest(classes = PersistenceTestApplication.class)
class FunderLogoRepositoryContractIT extends FunderLogoRepositoryContract {

    /** The smallest valid PNG signature and IHDR, enough for the document storage's content check. */
    private static final byte[] PNG = java.util.HexFormat.of().parseHex(
            "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffffff7f0009fb03fd2a86e38a0000000049454e44ae426082");

    @Autowired
    private FunderLogoPersistenceAdapter adapter;
    @Autowired
    private FileSystemDocumentStorage storage;
    @Autowired
    private TestDatabase database;
    @Autowired
    private FixedCurrentUser currentUser;

    @BeforeEach
    void empty() {
        database.empty();
        currentUser.actAs("admin.test");
    }

    @Override
    protected FunderLogoRepository logos() {
        return adapter;
    }

    @Override
    protected String aStoredDocument() {
        return storage.store("logo.png", "image/png", PNG).id();
    }

    @Test
    void each_replacement_and_removal_is_audited_and_the_logo_s_file_is_never_purged() {
        String document = aStoredDocument();
        adapter.replace(new FunderLogoRecord(document, "logo.png", "image/png", PNG.length, 1, 1, Instant.parse("2026-12-02T10:00:00Z"),
                "admin.test"));
        storage.purgeUnattached(Instant.parse("2100-01-01T00:00:00Z"));
        assertThat(storage.find(document)).isPresent();

        adapter.replace(new FunderLogoRecord(document, "logo-bis.png", "image/png", PNG.length, 1, 1, Instant.parse("2026-12-02T11:00:00Z"),
                "admin.test"));
        adapter.remove();

        assertThat(database.jdbc().queryForList("select action from audit_event where aggregate_type = 'DOCUMENT_TEMPLATE' and aggregate_id = ?"
                + " order by id", String.class, UUID.nameUUIDFromBytes("document_template:FUNDER_LOGO".getBytes()))).containsExactly("INSERT", "UPDATE", "DELETE");
        assertThat(database.jdbc().queryForObject("select changes -> 'fichier' ->> 'new' from audit_event where action = 'UPDATE'"
                + " and aggregate_type = 'DOCUMENT_TEMPLATE'", String.class)).isEqualTo("logo-bis.png");
        storage.purgeUnattached(Instant.parse("2100-01-01T00:00:00Z"));
        assertThat(storage.find(document)).isEmpty();
    }

    @Test
    void the_database_refuses_a_missing_file_another_type_or_a_second_logo() {
        assertThatThrownBy(() -> adapter.replace(new FunderLogoRecord(UUID.randomUUID().toString(), "logo.png", "image/png", 10, 1, 1,
                Instant.now(), "admin.test"))).hasMessageContaining("funder_logo_document_id_fkey");
        String document = aStoredDocument();
        assertThatThrownBy(() -> adapter.replace(new FunderLogoRecord(document, "logo.gif", "image/gif", 10, 1, 1, Instant.now(),
                "admin.test"))).hasMessageContaining("funder_logo_media_type_check");
        assertThatThrownBy(() -> adapter.replace(new FunderLogoRecord(document, "logo.png", "image/png", 2_000_000, 1, 1, Instant.now(),
                "admin.test"))).hasMessageContaining("funder_logo_size_check");
        assertThatThrownBy(() -> database.jdbc().update("""
                insert into funder_logo (slot, document_id, file_name, media_type, size, width, height, uploaded_at, uploaded_by)
                values ('AUTRE', ?, 'x.png', 'image/png', 10, 1, 1, now(), 'x')""", UUID.fromString(document)))
                .hasMessageContaining("funder_logo_slot_check");
    }
}
