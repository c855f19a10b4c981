package fr.conventio.application.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Saved;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationEvent;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.shared.IllegalTransitionException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

class ObligationsTest {

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 3, 1));
    final SeedSteps seed = new SeedSteps(app);
    Versioned<Obligation> insurance;

    @BeforeEach
    void signed() {
        seed.signed();
        insurance = app.obligations.findByAgreement(seed.agreementId()).stream()
                .filter(o -> o.value().type() == ObligationType.INSURANCE_CERTIFICATE).findFirst().orElseThrow();
    }

    private Obligation reload() {
        return app.obligations.findById(insurance.value().id()).orElseThrow().value();
    }

    private Saved<ObligationId> receive(long version) {
        return receive(version, LocalDate.of(2020, 2, 20));
    }

    private Saved<ObligationId> receive(long version, LocalDate on) {
        DocumentRef doc = app.documents.store("attestation-rc.pdf", "application/pdf", "%PDF".getBytes(StandardCharsets.UTF_8));
        return app.receiveEvidence.receive(new ReceiveEvidenceCommand(insurance.value().id(), version, doc.id(), on));
    }

    @Test
    void o1_evidence_is_received_then_accepted_by_the_current_user() {
        Saved<ObligationId> received = receive(insurance.version());
        app.currentUser.actAs("responsable.service");

        app.acceptEvidence.accept(new AcceptEvidenceCommand(insurance.value().id(), received.version(), LocalDate.of(2020, 2, 21)));

        Obligation accepted = reload();
        assertThat(accepted.status()).isEqualTo(ObligationStatus.ACCEPTED);
        assertThat(accepted.evidence()).singleElement().satisfies(e -> assertThat(e.fileName()).isEqualTo("attestation-rc.pdf"));
        assertThat(accepted.history().getLast().by()).isEqualTo("responsable.service");
    }

    @Test
    void evidence_must_be_a_stored_document() {
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> app.receiveEvidence.receive(new ReceiveEvidenceCommand(insurance.value().id(), insurance.version(),
                "doc-404", LocalDate.of(2020, 2, 20))))
                .isInstanceOf(NotFoundException.class)
                .hasFieldOrPropertyWithValue("id", "doc-404")
                .hasMessage("Document introuvable : l'enregistrement demandé n'existe pas ou plus (supprimé, ou lien erroné).");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void rejected_evidence_keeps_the_reason_and_waits_for_new_evidence() {
        Saved<ObligationId> received = receive(insurance.version());

        Saved<ObligationId> rejected = app.rejectEvidence.reject(new RejectEvidenceCommand(insurance.value().id(), received.version(),
                "Attestation de l'année 2019", LocalDate.of(2020, 2, 21)));

        assertThat(reload().status()).isEqualTo(ObligationStatus.REJECTED);
        assertThat(reload().rejectionReason()).contains("Attestation de l'année 2019");
        receive(rejected.version(), LocalDate.of(2020, 2, 25));
        assertThat(reload().status()).isEqualTo(ObligationStatus.RECEIVED);
    }

    @Test
    void a_rejection_needs_a_reason() {
        assertThatThrownBy(() -> new RejectEvidenceCommand(insurance.value().id(), 0, null, LocalDate.of(2020, 2, 21)))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessage("motif du rejet : champ obligatoire");
    }

    @Test
    void nothing_can_be_accepted_without_evidence() {
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> app.acceptEvidence.accept(new AcceptEvidenceCommand(insurance.value().id(), insurance.version(),
                LocalDate.of(2020, 2, 21))))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("l'obligation « Attestation d'assurance responsabilité civile » est attendue : impossible de l'accepter");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void o11_a_waiver_records_who_when_and_why() {
        app.currentUser.actAs("directrice.economie");

        app.waiveObligation.waive(new WaiveObligationCommand(insurance.value().id(), insurance.version(),
                "Activité couverte par l'assurance de la Métropole", LocalDate.of(2020, 3, 1)));

        ObligationEvent waiver = reload().waiver().orElseThrow();
        assertThat(waiver.by()).isEqualTo("directrice.economie");
        assertThat(waiver.on()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(waiver.reason()).isEqualTo("Activité couverte par l'assurance de la Métropole");
        assertThat(reload().statusOn(LocalDate.of(2025, 1, 1))).as("a waived item is never overdue").isEqualTo(ObligationStatus.WAIVED);
    }

    @Test
    void a_stale_obligation_version_is_refused() {
        receive(insurance.version());
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> app.waiveObligation.waive(new WaiveObligationCommand(insurance.value().id(), insurance.version(),
                "Motif", LocalDate.of(2020, 3, 1))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(app.snapshot()).isEqualTo(before);
    }
}
