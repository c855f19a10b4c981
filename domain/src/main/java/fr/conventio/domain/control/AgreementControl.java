package fr.conventio.domain.control;

import fr.conventio.domain.payment.PaymentDeadline;
import fr.conventio.domain.settlement.FundingDecision;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.termination.FormalNotice;
import fr.conventio.domain.termination.Party;
import fr.conventio.domain.termination.TerminationOutcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The control file of one agreement: what the funder recorded about its execution besides the
 * agreement aggregate itself. Formal notices (T1, numbered 1, 2... in order of sending), funding
 * decisions (A3), meetings (O8, O9), republican commitment breaches (N2), the outcome of the
 * termination (T3, with the restitution computed) and the funder's own payment deadline (N1,
 * computed at signature). Facts only: what they do to the money is the account's business
 * ({@code AgreementAccount}). Immutable: each {@code with...} returns a new file; stored whole, with a
 * version, one per agreement.
 */
public record AgreementControl(AgreementId agreementId, List<FormalNotice> formalNotices, List<FundingDecision> fundingDecisions,
                               List<MeetingRecord> meetings, List<RepublicanBreachRecord> republicanBreaches,
                               TerminationOutcome terminationOutcome, PaymentDeadline paymentDeadline) {

    public AgreementControl {
        Checks.require("dossier de contrôle (convention)", agreementId);
        formalNotices = Checks.copyOf("mises en demeure", formalNotices);
        fundingDecisions = Checks.copyOf("décisions du financeur", fundingDecisions);
        meetings = Checks.copyOf("réunions", meetings);
        republicanBreaches = Checks.copyOf("manquements au contrat d'engagement républicain", republicanBreaches);
        for (FundingDecision decision : fundingDecisions) {
            if (!decision.agreementId().equals(agreementId)) {
                throw new DomainException("dossier de contrôle : une décision enregistrée porte sur une autre convention");
            }
        }
    }

    /** The file of an agreement on which nothing was recorded yet. */
    public static AgreementControl empty(AgreementId agreementId) {
        return new AgreementControl(agreementId, List.of(), List.of(), List.of(), List.of(), null, null);
    }

    public AgreementControl withNotice(FormalNotice notice) {
        return new AgreementControl(agreementId, append(formalNotices, notice), fundingDecisions, meetings, republicanBreaches,
                terminationOutcome, paymentDeadline);
    }

    /** Replaces notice number {@code number} (1-based), e.g. once remedied. */
    public AgreementControl withNoticeReplaced(int number, FormalNotice notice) {
        List<FormalNotice> notices = new ArrayList<>(formalNotices);
        notices.set(number - 1, Objects.requireNonNull(notice));
        return new AgreementControl(agreementId, notices, fundingDecisions, meetings, republicanBreaches, terminationOutcome, paymentDeadline);
    }

    public AgreementControl withDecision(FundingDecision decision) {
        return new AgreementControl(agreementId, formalNotices, append(fundingDecisions, decision), meetings, republicanBreaches,
                terminationOutcome, paymentDeadline);
    }

    public AgreementControl withMeeting(MeetingRecord meeting) {
        return new AgreementControl(agreementId, formalNotices, fundingDecisions, append(meetings, meeting), republicanBreaches,
                terminationOutcome, paymentDeadline);
    }

    public AgreementControl withRepublicanBreach(RepublicanBreachRecord breach) {
        return new AgreementControl(agreementId, formalNotices, fundingDecisions, meetings, append(republicanBreaches, breach),
                terminationOutcome, paymentDeadline);
    }

    public AgreementControl withTerminationOutcome(TerminationOutcome outcome) {
        return new AgreementControl(agreementId, formalNotices, fundingDecisions, meetings, republicanBreaches,
                Objects.requireNonNull(outcome), paymentDeadline);
    }

    public AgreementControl withPaymentDeadline(PaymentDeadline deadline) {
        return new AgreementControl(agreementId, formalNotices, fundingDecisions, meetings, republicanBreaches,
                terminationOutcome, deadline);
    }

    public Optional<TerminationOutcome> termination() {
        return Optional.ofNullable(terminationOutcome);
    }

    public Optional<PaymentDeadline> funderPaymentDeadline() {
        return Optional.ofNullable(paymentDeadline);
    }

    /** Notice number {@code number} (1-based), if sent. */
    public Optional<FormalNotice> notice(int number) {
        return number < 1 || number > formalNotices.size() ? Optional.empty() : Optional.of(formalNotices.get(number - 1));
    }

    /** Whether a formal notice is still waiting for its remedy. */
    public boolean hasUnremediedNotice() {
        return formalNotices.stream().anyMatch(n -> !n.isRemedied());
    }

    /**
     * The notice a termination for breach by {@code party} relies on (T1): the last one that party sent
     * and that was not remedied; if all were remedied, the last one it sent (which the termination policy
     * then refuses, saying so); empty when that party sent none.
     */
    public Optional<FormalNotice> noticeForTerminationBy(Party party) {
        List<FormalNotice> byParty = formalNotices.stream().filter(n -> n.sentBy() == party).toList();
        return byParty.stream().filter(n -> !n.isRemedied()).max(Comparator.comparing(FormalNotice::sentOn))
                .or(() -> byParty.stream().max(Comparator.comparing(FormalNotice::sentOn)));
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(Objects.requireNonNull(element));
        return copy;
    }
}
