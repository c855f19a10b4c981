package fr.conventio.adapters.persistence.contract;

import static fr.conventio.domain.agreement.AgreementFixtures.CT1_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.PAYS_AIX_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SEED_FUNDER_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SIGNATURE_DATE;

import fr.conventio.domain.control.AgreementControl;
import fr.conventio.domain.control.MeetingKind;
import fr.conventio.domain.control.MeetingRecord;
import fr.conventio.domain.control.RepublicanBreachRecord;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.obligation.EvidenceRef;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentDeadline;
import fr.conventio.domain.payment.PaymentId;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.payment.PaymentRequest;
import fr.conventio.domain.settlement.FundingDecision;
import fr.conventio.domain.settlement.FundingDecisionCause;
import fr.conventio.domain.settlement.FundingDecisionKind;
import fr.conventio.domain.settlement.RecoveryClaim;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.settlement.RecoveryOrderNumber;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.termination.FormalNotice;
import fr.conventio.domain.termination.Party;
import fr.conventio.domain.termination.RepublicanCommitment;
import fr.conventio.domain.termination.RestitutionMode;
import fr.conventio.domain.termination.TerminationGround;
import fr.conventio.domain.termination.TerminationOutcome;
import java.time.LocalDate;
import java.util.List;

/**
 * Payments, obligations, recovery orders and control files in every state, on the seed agreement
 * (and a second agreement of the same funder, {@link #OTHER_AGREEMENT_ID}), built through the domain's
 * own methods (payments recorded as the account records them once its rules passed: the repository
 * contracts store them, they do not decide them). The parties they refer to are the seed's ({@link AgreementFixtures}).
 */
public final class RunningScenarios {

    public static final AgreementId OTHER_AGREEMENT_ID = AgreementId.of("2a3f7c72-f7cd-4ce6-a000-000000002021");

    private RunningScenarios() {
    }

    /** A second agreement of the seed's funder and association, on the same lines (draft). */
    public static Agreement otherAgreement() {
        return Agreement.create(OTHER_AGREEMENT_ID, AgreementReference.of("ECO-2020-AUTRE"), SEED_FUNDER_ID,
                AgreementFixtures.SEED_ASSOCIATION_ID, AgreementFixtures.seedSignatory(), AgreementFixtures.seedRepresentative(),
                AgreementFixtures.YEAR_2020, AgreementFixtures.seedObject(), AgreementFixtures.seedProgramme(),
                AgreementFixtures.seedForecastBudget(), AgreementFixtures.seedSubsidy(), AgreementFixtures.seedPaymentTerms(), "instructeur");
    }

    // ------------------------------------------------------------------ payments

    /** An advance of 64 000 €: 24 000 € on CT1 then 40 000 € on CT2, under payment order {@code reference}. */
    public static Payment advanceOnTwoLines(AgreementId agreementId, String reference, LocalDate valueDate) {
        return Payment.record(PaymentId.newId(), agreementId, new PaymentRequest(PaymentKind.ADVANCE,
                List.of(new LineCharge(CT1_LINE_ID, Amount.of(24_000)), new LineCharge(PAYS_AIX_LINE_ID, Amount.of("40000.00"))),
                valueDate, reference == null ? null : PaymentOrderReference.of(reference)));
    }

    /** A small advance on CT2, without payment order reference yet. */
    public static Payment advanceWithoutReference(AgreementId agreementId, LocalDate valueDate) {
        return Payment.record(PaymentId.newId(), agreementId, PaymentRequest.advance(Amount.of("1234.56"), PAYS_AIX_LINE_ID, valueDate, null));
    }

    /** Instalment n° 2 of a schedule (V5), 32 000 € on two lines. */
    public static Payment instalmentOnTwoLines(AgreementId agreementId, String reference, LocalDate valueDate) {
        return Payment.record(PaymentId.newId(), agreementId, PaymentRequest.instalment(2,
                List.of(new LineCharge(CT1_LINE_ID, Amount.of(12_000)), new LineCharge(PAYS_AIX_LINE_ID, Amount.of("20000.00"))),
                valueDate, reference));
    }

    /** An advance whose payment order was cancelled (wrong bank account). */
    public static Payment cancelledAdvance(AgreementId agreementId, String reference) {
        Payment payment = advanceOnTwoLines(agreementId, reference, SIGNATURE_DATE.plusDays(5));
        payment.cancel("RIB erroné", "comptable.dupont", SIGNATURE_DATE.plusDays(9));
        return payment;
    }

    // ------------------------------------------------------------------ obligations

    public static Obligation pendingObligation(AgreementId agreementId, ObligationType type, LocalDate dueDate) {
        return Obligation.create(ObligationId.newId(), agreementId, type, dueDate);
    }

    /** Evidence received twice, rejected once, received again, then accepted: every kind of event but a waiver. */
    public static Obligation acceptedAfterRejection(AgreementId agreementId) {
        Obligation obligation = pendingObligation(agreementId, ObligationType.FINANCIAL_REPORT, LocalDate.of(2021, 6, 30));
        obligation.receive(new EvidenceRef("doc-1", "compte-rendu.pdf"), LocalDate.of(2021, 5, 3), "instructeur.martin");
        obligation.receive(new EvidenceRef("doc-2", "annexe.xlsx"), LocalDate.of(2021, 5, 3), "instructeur.martin");
        obligation.reject("Signature du président absente", "cheffe.service", LocalDate.of(2021, 5, 10));
        obligation.receive(new EvidenceRef("doc-3", "compte-rendu signé.pdf"), LocalDate.of(2021, 6, 1), "instructeur.martin");
        obligation.accept("cheffe.service", LocalDate.of(2021, 6, 2));
        return obligation;
    }

    public static Obligation received(AgreementId agreementId) {
        Obligation obligation = pendingObligation(agreementId, ObligationType.INSURANCE_CERTIFICATE, SIGNATURE_DATE);
        obligation.receive(new EvidenceRef("doc-9", "attestation.pdf"), SIGNATURE_DATE, "instructeur.martin");
        return obligation;
    }

    public static Obligation rejected(AgreementId agreementId) {
        Obligation obligation = received(agreementId);
        obligation.reject("Attestation de l'année précédente", "cheffe.service", SIGNATURE_DATE.plusDays(2));
        return obligation;
    }

    /** Waived by decision (O11): who, when, why. */
    public static Obligation waived(AgreementId agreementId) {
        Obligation obligation = pendingObligation(agreementId, ObligationType.BOARD_CHANGES, LocalDate.of(2021, 6, 30));
        obligation.waive("Aucun changement au conseil d'administration", "directrice.generale", LocalDate.of(2021, 7, 15));
        return obligation;
    }

    // ------------------------------------------------------------------ recovery orders

    public static RecoveryOrder issuedOrder(AgreementId agreementId, int sequence, String amount) {
        Amount due = Amount.of(amount);
        return RecoveryOrder.issue(RecoveryOrderId.newId(), SEED_FUNDER_ID, agreementId, RecoveryOrderNumber.of(2021, sequence),
                new RecoveryClaim(RecoveryGround.OVERPAYMENT, due), due, LocalDate.of(2021, 7, 1));
    }

    public static RecoveryOrder partlyPaidOrder(AgreementId agreementId, int sequence) {
        RecoveryOrder order = issuedOrder(agreementId, sequence, "8765.43");
        order.recordReceipt(Amount.of("1000.00"), LocalDate.of(2021, 8, 1));
        order.recordReceipt(Amount.of("0.43"), LocalDate.of(2021, 8, 2));
        return order;
    }

    public static RecoveryOrder paidOrder(AgreementId agreementId, int sequence) {
        RecoveryOrder order = partlyPaidOrder(agreementId, sequence);
        order.recordReceipt(Amount.of("7765.00"), LocalDate.of(2021, 9, 1));
        return order;
    }

    public static RecoveryOrder cancelledOrder(AgreementId agreementId, int sequence) {
        RecoveryOrder order = issuedOrder(agreementId, sequence, "500");
        order.recordReceipt(Amount.of("100"), LocalDate.of(2021, 7, 20));
        order.cancel("Titre émis sur le mauvais tiers", "comptable.dupont", LocalDate.of(2021, 7, 21));
        return order;
    }

    // ------------------------------------------------------------------ control files

    /** Every list filled, a remedied and an open notice, each kind of decision, a breach, the outcome and N1. */
    public static AgreementControl fullControl(AgreementId agreementId) {
        FormalNotice first = FormalNotice.send(LocalDate.of(2020, 3, 15), "1A 123 456 7890 1", "Comptes non transmis", Party.FUNDER);
        return AgreementControl.empty(agreementId)
                .withNotice(first)
                .withNotice(FormalNotice.send(LocalDate.of(2020, 9, 1), "1A 999", "Défaut de communication", Party.FUNDER))
                .withNoticeReplaced(1, first.remediedOn(LocalDate.of(2020, 4, 1)))
                .withDecision(decision(agreementId, FundingDecisionKind.SUSPEND_PAYMENTS, null, "80000", "64000"))
                .withDecision(decision(agreementId, FundingDecisionKind.RECONSIDER_AMOUNT, "5000.50", "80000", "64000"))
                .withDecision(decision(agreementId, FundingDecisionKind.RECONSIDER_AMOUNT, null, "80000", "64000"))
                .withDecision(decision(agreementId, FundingDecisionKind.REDUCE_SUBSIDY, "10000", "80000", "64000"))
                .withDecision(decision(agreementId, FundingDecisionKind.DEMAND_REPAYMENT, "4000.01", "70000", "64000"))
                .withMeeting(new MeetingRecord(MeetingKind.FOLLOW_UP, LocalDate.of(2020, 6, 1), "Point d'étape", "instructeur.martin"))
                .withMeeting(new MeetingRecord(MeetingKind.EVALUATION, LocalDate.of(2021, 2, 15), "Évaluation finale", "cheffe.service"))
                .withRepublicanBreach(new RepublicanBreachRecord(new RepublicanCommitment.Withdrawal(LocalDate.of(2020, 10, 1), 92, 366,
                        Amount.of("20109.29"), Amount.of("4109.29")), "directrice.generale"))
                .withTerminationOutcome(new TerminationOutcome(LocalDate.of(2020, 11, 1), TerminationGround.BREACH_AFTER_NOTICE,
                        Party.FUNDER, RestitutionMode.PRO_RATA_TEMPORIS, Amount.of("66666.67"), Amount.ZERO))
                .withPaymentDeadline(new PaymentDeadline(LocalDate.of(2021, 7, 15), LocalDate.of(2021, 9, 13)));
    }

    /** Only the N1 deadline, as the signature records it. */
    public static AgreementControl deadlineOnly(AgreementId agreementId, LocalDate notifiedOn) {
        return AgreementControl.empty(agreementId).withPaymentDeadline(new PaymentDeadline(notifiedOn, notifiedOn.plusDays(60)));
    }

    public static FundingDecision decision(AgreementId agreementId, FundingDecisionKind kind, String amount, String subsidyBefore,
                                           String paidBefore) {
        return new FundingDecision(agreementId, kind, FundingDecisionCause.SIGNIFICANT_DELAY, "Retard de plus de six mois",
                amount == null ? null : Amount.of(amount), Amount.of(subsidyBefore), Amount.of(paidBefore), LocalDate.of(2020, 10, 5),
                "directrice.generale");
    }

    public static AgreementId seedAgreementId() {
        return SEED_AGREEMENT_ID;
    }
}
