package fr.conventio.adapters.persistence;

import fr.conventio.adapters.persistence.submission.SubmissionKeysPersistenceAdapter;
import fr.conventio.adapters.persistence.contract.AgreementScenarios;

import static fr.conventio.domain.agreement.AgreementFixtures.CT1_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.PAYS_AIX_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SEED_FUNDER_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SIGNATURE_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.adapters.persistence.contract.RunningScenarios;
import fr.conventio.adapters.persistence.account.AgreementAccountPersistenceAdapter;
import fr.conventio.adapters.persistence.control.AgreementControlPersistenceAdapter;
import fr.conventio.adapters.persistence.obligation.ObligationPersistenceAdapter;
import fr.conventio.adapters.persistence.payment.PaymentPersistenceAdapter;
import fr.conventio.adapters.persistence.recovery.RecoveryOrderNumberingAdapter;
import fr.conventio.adapters.persistence.recovery.RecoveryOrderPersistenceAdapter;
import fr.conventio.application.shared.SeparationOfDuties;
import fr.conventio.application.fakes.FixedCurrentUser;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.application.payment.RecordPaymentService;
import fr.conventio.application.port.out.PaymentRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentId;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A use case that fails after its first write leaves nothing behind: no half-saved aggregate, no
 * version moved on, no audit row. Each scenario runs in a {@link TransactionTemplate}, as bootstrap
 * runs every use case in one transaction.
 */
class FailureAtomicityIT extends DatabaseTestSupport {

    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private SubmissionKeysPersistenceAdapter submissionKeys;
    @Autowired
    private PaymentPersistenceAdapter payments;
    @Autowired
    private ObligationPersistenceAdapter obligations;
    @Autowired
    private RecoveryOrderPersistenceAdapter recoveryOrders;
    @Autowired
    private AgreementControlPersistenceAdapter controls;
    @Autowired
    private AgreementAccountPersistenceAdapter accounts;
    @Autowired
    private RecoveryOrderNumberingAdapter numbering;

    private long signedVersion;

    @BeforeEach
    void signedSeed() {
        saveSeedParties();
        signedVersion = database.save(AgreementFixtures.signedSeedAgreement()).version();
    }

    @Test
    void an_exception_after_the_first_writes_rolls_everything_back_audit_included() {
        Map<String, Long> before = counts();

        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
            Versioned<Agreement> agreement = agreements.findById(SEED_AGREEMENT_ID).orElseThrow();
            agreement.value().markSettled(AgreementScenarios.settlement(agreement.value(), "650209.38"), SIGNATURE_DATE.plusMonths(10), "responsable");
            agreements.save(agreement);
            payments.save(Versioned.newAggregate(RunningScenarios.advanceOnTwoLines(SEED_AGREEMENT_ID, "M-1", SIGNATURE_DATE)));
            controls.save(Versioned.newAggregate(RunningScenarios.fullControl(SEED_AGREEMENT_ID)));
            throw new IllegalStateException("panne après trois écritures");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(counts()).isEqualTo(before);
        Versioned<Agreement> stored = agreements.findById(SEED_AGREEMENT_ID).orElseThrow();
        assertThat(stored.version()).isEqualTo(signedVersion);
        assertThat(stored.value().status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(stored.value().settlement()).isEmpty();
    }

    @Test
    void a_payment_use_case_whose_payment_cannot_be_stored_leaves_the_agreement_as_it_was() {
        PaymentRepository failing = new PaymentRepository() {
            @Override
            public Optional<Versioned<Payment>> findById(PaymentId id) {
                return payments.findById(id);
            }

            @Override
            public List<Versioned<Payment>> findByAgreement(AgreementId agreementId) {
                return payments.findByAgreement(agreementId);
            }

            @Override
            public boolean existsByOrderReference(AgreementId agreementId, PaymentOrderReference reference) {
                return payments.existsByOrderReference(agreementId, reference);
            }

            @Override
            public Versioned<Payment> save(Versioned<Payment> payment) {
                payments.save(payment);
                throw new IllegalStateException("disque plein après l'écriture du versement");
            }
        };
        RecordPaymentService recordPayment = new RecordPaymentService(new AgreementFiles(agreements, failing, obligations, recoveryOrders, controls, budgetLines, accounts), new FixedCurrentUser("finances.test"), SeparationOfDuties.ENFORCED, submissionKeys);
        Map<String, Long> before = counts();

        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> recordPayment.record(new RecordPaymentCommand(SEED_AGREEMENT_ID,
                signedVersion, PaymentKind.ADVANCE, List.of(new LineCharge(CT1_LINE_ID, Amount.of(10_000)),
                new LineCharge(PAYS_AIX_LINE_ID, Amount.of(10_000))), SIGNATURE_DATE, PaymentOrderReference.of("M-2020-1")))))
                .isInstanceOf(IllegalStateException.class);

        assertThat(counts()).isEqualTo(before);
        assertThat(agreements.findById(SEED_AGREEMENT_ID).orElseThrow().version()).isEqualTo(signedVersion);
        assertThat(payments.findByAgreement(SEED_AGREEMENT_ID)).isEmpty();
    }

    @Test
    void a_recovery_order_number_taken_in_a_rolled_back_transaction_is_never_given_again() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
            assertThat(numbering.nextNumber(SEED_FUNDER_ID, 2021).toString()).isEqualTo("TR-2021-0001");
            throw new IllegalStateException("titre refusé après la numérotation");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(numbering.nextNumber(SEED_FUNDER_ID, 2021).toString()).as("a gap, never a duplicate").isEqualTo("TR-2021-0002");
    }

    private Map<String, Long> counts() {
        return Map.of("agreement", database.count("agreement"), "payment", database.count("payment"),
                "payment_line_charge", database.count("payment_line_charge"), "agreement_control", database.count("agreement_control"),
                "agreement_control_funding_decision", database.count("agreement_control_funding_decision"),
                "audit_event", database.count("audit_event"));
    }
}
