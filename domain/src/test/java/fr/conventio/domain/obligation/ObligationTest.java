package fr.conventio.domain.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObligationTest {

    private static final LocalDate DUE = LocalDate.of(2021, 6, 30);
    private static final EvidenceRef CRF = new EvidenceRef("doc-1", "CRF-2020-signe.pdf");
    private static final EvidenceRef CRF_ANNEX = new EvidenceRef("doc-2", "CRF-2020-annexe.pdf");

    private static Obligation financialReport() {
        return Obligation.create(ObligationId.newId(), AgreementId.newId(), ObligationType.FINANCIAL_REPORT, DUE);
    }

    @Test
    void o2_financial_report_is_received_then_accepted_with_its_history() {
        Obligation obligation = financialReport();

        obligation.receive(CRF, LocalDate.of(2021, 6, 10), "M. Lapras");
        obligation.receive(CRF_ANNEX, LocalDate.of(2021, 6, 11), "M. Lapras");
        obligation.accept("instructeur", LocalDate.of(2021, 6, 15));

        assertThat(obligation.status()).isEqualTo(ObligationStatus.ACCEPTED);
        assertThat(obligation.evidence()).containsExactly(CRF, CRF_ANNEX);
        assertThat(obligation.history()).extracting(ObligationEvent::kind).containsExactly(
                ObligationEvent.Kind.RECEIVED, ObligationEvent.Kind.RECEIVED, ObligationEvent.Kind.ACCEPTED);
        assertThat(obligation.statusOn(LocalDate.of(2022, 1, 1))).isEqualTo(ObligationStatus.ACCEPTED);
    }

    @Test
    void accept_without_evidence_is_refused_and_changes_nothing() {
        Obligation obligation = financialReport();

        assertThatThrownBy(() -> obligation.accept("instructeur", LocalDate.of(2021, 6, 15)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("est attendue : impossible de l'accepter");
        assertThat(obligation.status()).isEqualTo(ObligationStatus.PENDING);
        assertThat(obligation.history()).isEmpty();
    }

    @Test
    void reject_needs_a_reason_and_then_new_evidence_is_expected() {
        Obligation obligation = financialReport();
        obligation.receive(CRF, LocalDate.of(2021, 6, 10), "M. Lapras");

        assertThatThrownBy(() -> obligation.reject(" ", "instructeur", LocalDate.of(2021, 6, 12)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("motif");
        assertThat(obligation.status()).isEqualTo(ObligationStatus.RECEIVED);

        obligation.reject("non signé par le président", "instructeur", LocalDate.of(2021, 6, 12));
        assertThat(obligation.status()).isEqualTo(ObligationStatus.REJECTED);
        assertThat(obligation.rejectionReason()).contains("non signé par le président");
        assertThatThrownBy(() -> obligation.accept("instructeur", LocalDate.of(2021, 6, 13)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("est rejetée");

        obligation.receive(new EvidenceRef("doc-3", "CRF-2020-signe-v2.pdf"), LocalDate.of(2021, 6, 20), "M. Lapras");
        obligation.accept("instructeur", LocalDate.of(2021, 6, 21));
        assertThat(obligation.status()).isEqualTo(ObligationStatus.ACCEPTED);
    }

    @Test
    void overdue_is_derived_when_the_due_date_passed_and_not_accepted() {
        Obligation obligation = financialReport();

        assertThat(obligation.statusOn(DUE)).isEqualTo(ObligationStatus.PENDING);
        assertThat(obligation.statusOn(DUE.plusDays(1))).isEqualTo(ObligationStatus.OVERDUE);
        assertThat(obligation.status()).isEqualTo(ObligationStatus.PENDING);

        obligation.receive(CRF, DUE.plusDays(3), "M. Lapras");
        assertThat(obligation.statusOn(DUE.plusDays(4))).isEqualTo(ObligationStatus.OVERDUE);
        obligation.accept("instructeur", DUE.plusDays(5));
        assertThat(obligation.statusOn(DUE.plusDays(6))).isEqualTo(ObligationStatus.ACCEPTED);
    }

    @Test
    void o11_tolerating_a_late_item_never_waives_it() {
        Obligation obligation = financialReport();

        assertThat(obligation.statusOn(DUE.plusYears(3))).isEqualTo(ObligationStatus.OVERDUE);
        assertThat(obligation.status()).isEqualTo(ObligationStatus.PENDING);
        assertThat(obligation.waiver()).isEmpty();
        // still expected: it can be received and accepted years later
        obligation.receive(CRF, DUE.plusYears(3), "M. Lapras");
        assertThat(obligation.status()).isEqualTo(ObligationStatus.RECEIVED);
    }

    @Test
    void o11_waiver_needs_who_when_why() {
        Obligation obligation = financialReport();

        assertThatThrownBy(() -> obligation.waive(null, "Vice-Président délégué", LocalDate.of(2021, 7, 1)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "O11")
                .hasMessageContaining("il manque pourquoi (motif)");
        assertThatThrownBy(() -> obligation.waive("", null, null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("il manque qui la décide, quand, pourquoi (motif)");
        assertThat(obligation.status()).isEqualTo(ObligationStatus.PENDING);
        assertThat(obligation.history()).isEmpty();

        obligation.waive("association dissoute, décision du Bureau 2021-12", "Vice-Président délégué", LocalDate.of(2021, 7, 1));
        assertThat(obligation.status()).isEqualTo(ObligationStatus.WAIVED);
        assertThat(obligation.statusOn(DUE.plusYears(1))).isEqualTo(ObligationStatus.WAIVED);
        ObligationEvent waiver = obligation.waiver().orElseThrow();
        assertThat(waiver.by()).isEqualTo("Vice-Président délégué");
        assertThat(waiver.on()).isEqualTo(LocalDate.of(2021, 7, 1));
        assertThat(waiver.reason()).isEqualTo("association dissoute, décision du Bureau 2021-12");
    }

    @Test
    void an_accepted_obligation_cannot_be_waived_nor_receive_more() {
        Obligation obligation = financialReport();
        obligation.receive(CRF, LocalDate.of(2021, 6, 10), "M. Lapras");
        obligation.accept("instructeur", LocalDate.of(2021, 6, 15));

        assertThatThrownBy(() -> obligation.waive("x", "y", LocalDate.of(2021, 7, 1)))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("est acceptée");
        assertThatThrownBy(() -> obligation.receive(CRF_ANNEX, LocalDate.of(2021, 7, 1), "M. Lapras"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("est acceptée");
        assertThat(obligation.history()).hasSize(2);
    }

    @Test
    void events_cannot_go_back_in_time() {
        Obligation obligation = financialReport();
        obligation.receive(CRF, LocalDate.of(2021, 6, 10), "M. Lapras");

        assertThatThrownBy(() -> obligation.accept("instructeur", LocalDate.of(2021, 6, 9)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("09/06/2021");
        assertThat(obligation.status()).isEqualTo(ObligationStatus.RECEIVED);
    }

    @Test
    void rehydrate_restores_status_and_history_but_never_a_stored_overdue() {
        ObligationId id = ObligationId.newId();
        AgreementId agreement = AgreementId.newId();
        List<ObligationEvent> history = List.of(new ObligationEvent(ObligationEvent.Kind.RECEIVED, LocalDate.of(2021, 6, 10), "M. Lapras", CRF, null));

        Obligation obligation = Obligation.rehydrate(id, agreement, ObligationType.FINANCIAL_REPORT, DUE, ObligationStatus.RECEIVED, history);

        assertThat(obligation.id()).isEqualTo(id);
        assertThat(obligation.evidence()).containsExactly(CRF);
        assertThatThrownBy(() -> Obligation.rehydrate(id, agreement, ObligationType.FINANCIAL_REPORT, DUE, ObligationStatus.OVERDUE, history))
                .isInstanceOf(InvalidValueException.class);
    }
}
