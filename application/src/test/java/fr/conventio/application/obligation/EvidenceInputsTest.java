package fr.conventio.application.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/** What staff type and upload for an obligation is bounded and kept as sent. */
class EvidenceInputsTest {

    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 3, 1));
    private final SeedSteps seed = new SeedSteps(app);
    private Versioned<Obligation> insurance;

    @BeforeEach
    void signed() {
        seed.signed();
        insurance = app.obligations.findByAgreement(seed.agreementId()).stream()
                .filter(o -> o.value().type() == ObligationType.INSURANCE_CERTIFICATE).findFirst().orElseThrow();
    }

    private long received(String fileName) {
        DocumentRef doc = app.storeDocument.store(new fr.conventio.application.document.StoreDocumentCommand(fileName, "application/pdf",
                "%PDF-1.7".getBytes(StandardCharsets.UTF_8)));
        return app.receiveEvidence.receive(new ReceiveEvidenceCommand(insurance.value().id(), insurance.version(), doc.id(),
                LocalDate.of(2020, 2, 20))).version();
    }

    @Test
    void a_one_megabyte_rejection_reason_is_refused_with_a_french_message_before_anything_is_stored() {
        long version = received("attestation.pdf");
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> app.rejectEvidence.reject(new RejectEvidenceCommand(insurance.value().id(), version, "x".repeat(1_048_576),
                LocalDate.of(2020, 2, 21))))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessage("motif du rejet : 2 000 caractères au plus (reçu 1 048 576)");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void a_reason_within_the_limit_is_recorded_once_with_the_rejection() {
        long version = received("attestation.pdf");
        String reason = "Attestation non signée ".repeat(100).substring(0, 2_000);

        app.rejectEvidence.reject(new RejectEvidenceCommand(insurance.value().id(), version, reason, LocalDate.of(2020, 2, 21)));

        Obligation rejected = app.obligations.findById(insurance.value().id()).orElseThrow().value();
        assertThat(rejected.rejectionReason()).contains(reason.strip());
        assertThat(rejected.history()).filteredOn(e -> e.reason() != null).hasSize(1);
    }

    @Test
    void the_evidence_keeps_the_name_as_uploaded_and_the_storage_keeps_it_cleaned() {
        received("attestation\r\n\u202Efdp.\"rc\".pdf");

        Obligation obligation = app.obligations.findById(insurance.value().id()).orElseThrow().value();
        String documentId = obligation.evidence().getFirst().documentId();
        assertThat(obligation.evidence().getFirst().fileName()).isEqualTo("attestation\r\n\u202Efdp.\"rc\".pdf");
        assertThat(app.documents.find(documentId).orElseThrow().fileName()).isEqualTo("attestationfdp._rc_.pdf");
    }

    @Test
    void waiver_and_cancellation_reasons_are_bounded_too() {
        assertThatThrownBy(() -> new WaiveObligationCommand(insurance.value().id(), insurance.version(), "w".repeat(2_001),
                LocalDate.of(2020, 2, 21)))
                .hasMessage("motif de la levée : 2 000 caractères au plus (reçu 2 001)");
        assertThatThrownBy(() -> new fr.conventio.application.payment.CancelPaymentCommand(fr.conventio.domain.payment.PaymentId.newId(), 0,
                "c".repeat(5_000), LocalDate.of(2020, 2, 21)))
                .hasMessage("motif d'annulation : 2 000 caractères au plus (reçu 5 000)");
    }
}
