package fr.conventio.adapters.persistence.contract;

import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.reading.AuditChange;
import fr.conventio.application.reading.AuditEntry;
import fr.conventio.application.reading.AuditTrailQueries;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.shared.AgreementId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditTrailQueries} answers, the in-memory fake and the PostgreSQL adapter alike, about
 * the entries of the trail. Implementations write the entries as their store keeps them ({@link #written}):
 * the adapter as the rows its repositories write with each save, the fake as a test records them.
 */
public abstract class AuditTrailQueriesContract {

    private static final AgreementId OTHER_AGREEMENT_ID = RunningScenarios.OTHER_AGREEMENT_ID;
    private static final Instant MORNING = Instant.parse("2021-06-15T08:30:00Z");

    protected abstract AuditTrailQueries queries();

    /**
     * Puts one entry in the trail, filed under {@code agreementId} (the agreement itself or one of its
     * records). The aggregate type is one of "Convention", "Versement", "Obligation", "Titre de recettes",
     * "Dossier de contrôle"; the aggregate id a UUID; the action INSERT or UPDATE.
     */
    protected abstract void written(AgreementId agreementId, AuditEntry entry);

    private static AuditEntry entry(Instant at, String type, String action, Map<String, AuditChange> changes) {
        return new AuditEntry(at, "instructeur.test", type, UUID.randomUUID().toString(), action, changes);
    }

    private static AuditEntry entry(Instant at, String type) {
        return entry(at, type, "UPDATE", Map.of("status", new AuditChange("SIGNED", "SUSPENDED")));
    }

    private List<AuditEntry> history(AgreementId agreementId, int page, int size, boolean ascending) {
        return queries().agreementHistory(agreementId, PageRequest.of(page, size, "occurredAt", ascending)).content();
    }

    @Test
    void an_agreement_without_entries_has_an_empty_history() {
        written(OTHER_AGREEMENT_ID, entry(MORNING, "Convention"));

        Page<AuditEntry> history = queries().agreementHistory(SEED_AGREEMENT_ID, PageRequest.of(0, 20, "occurredAt", false));

        assertThat(history.content()).isEmpty();
        assertThat(history.totalElements()).isZero();
    }

    @Test
    void every_field_of_an_entry_is_read_back_absent_values_and_awkward_texts_included() {
        Map<String, AuditChange> changes = new LinkedHashMap<>();
        changes.put("amount", new AuditChange(null, "64000.00"));
        changes.put("cancellationReason", new AuditChange(null, "RIB \"erroné\"\nà refaire \\ vérifier"));
        changes.put("orderReference", new AuditChange("M-2020-0101", null));
        AuditEntry payment = new AuditEntry(MORNING, "comptable.dupont", "Versement", UUID.randomUUID().toString(), "INSERT", changes);
        AuditEntry nothingChanged = new AuditEntry(MORNING.plusSeconds(60), "cheffe", "Dossier de contrôle",
                SEED_AGREEMENT_ID.value().toString(), "UPDATE", Map.of());
        written(SEED_AGREEMENT_ID, payment);
        written(SEED_AGREEMENT_ID, nothingChanged);

        assertThat(history(SEED_AGREEMENT_ID, 0, 20, true)).containsExactly(payment, nothingChanged);
        assertThat(history(SEED_AGREEMENT_ID, 0, 20, true).getFirst().changes().get("orderReference").newValue()).isNull();
    }

    @Test
    void the_entries_of_the_agreement_and_of_its_records_come_most_recent_first_unless_ascending_asked() {
        AuditEntry signed = entry(MORNING, "Convention");
        AuditEntry paid = entry(MORNING.plusSeconds(3600), "Versement");
        AuditEntry obligation = entry(MORNING.plusSeconds(7200), "Obligation");
        AuditEntry recovery = entry(MORNING.plusSeconds(86_400), "Titre de recettes");
        written(SEED_AGREEMENT_ID, paid);
        written(SEED_AGREEMENT_ID, recovery);
        written(OTHER_AGREEMENT_ID, entry(MORNING.plusSeconds(5000), "Convention"));
        written(SEED_AGREEMENT_ID, signed);
        written(SEED_AGREEMENT_ID, obligation);

        assertThat(history(SEED_AGREEMENT_ID, 0, 20, false)).containsExactly(recovery, obligation, paid, signed);
        assertThat(history(SEED_AGREEMENT_ID, 0, 20, true)).containsExactly(signed, paid, obligation, recovery);
        assertThat(history(OTHER_AGREEMENT_ID, 0, 20, false)).hasSize(1);
    }

    /** Entries of one instant (one transaction) in the order written, or its reverse when most recent first. */
    @Test
    void entries_of_one_instant_keep_the_order_written() {
        AuditEntry agreement = entry(MORNING, "Convention");
        AuditEntry payment = entry(MORNING, "Versement");
        AuditEntry control = entry(MORNING, "Dossier de contrôle");
        AuditEntry earlier = entry(MORNING.minusSeconds(1), "Obligation");
        written(SEED_AGREEMENT_ID, agreement);
        written(SEED_AGREEMENT_ID, payment);
        written(SEED_AGREEMENT_ID, earlier);
        written(SEED_AGREEMENT_ID, control);

        assertThat(history(SEED_AGREEMENT_ID, 0, 20, true)).containsExactly(earlier, agreement, payment, control);
        assertThat(history(SEED_AGREEMENT_ID, 0, 20, false)).containsExactly(control, payment, agreement, earlier);
    }

    @Test
    void the_history_is_cut_in_pages_with_the_total_of_the_agreement() {
        for (int i = 0; i < 5; i++) {
            written(SEED_AGREEMENT_ID, entry(MORNING.plusSeconds(i), "Convention", "UPDATE",
                    Map.of("step", new AuditChange(String.valueOf(i - 1), String.valueOf(i)))));
        }
        written(OTHER_AGREEMENT_ID, entry(MORNING, "Convention"));

        Page<AuditEntry> first = queries().agreementHistory(SEED_AGREEMENT_ID, PageRequest.of(0, 2, "occurredAt", true));
        Page<AuditEntry> last = queries().agreementHistory(SEED_AGREEMENT_ID, PageRequest.of(2, 2, "occurredAt", true));
        Page<AuditEntry> beyond = queries().agreementHistory(SEED_AGREEMENT_ID, PageRequest.of(3, 2, "occurredAt", true));

        assertThat(first.content()).extracting(e -> e.changes().get("step").newValue()).containsExactly("0", "1");
        assertThat(last.content()).extracting(e -> e.changes().get("step").newValue()).containsExactly("4");
        assertThat(history(SEED_AGREEMENT_ID, 1, 2, false)).extracting(e -> e.changes().get("step").newValue()).containsExactly("2", "1");
        assertThat(first.totalElements()).isEqualTo(5);
        assertThat(last.totalElements()).isEqualTo(5);
        assertThat(beyond.content()).isEmpty();
        assertThat(beyond.totalElements()).isEqualTo(5);
        assertThat(first.request()).isEqualTo(PageRequest.of(0, 2, "occurredAt", true));
    }
}
