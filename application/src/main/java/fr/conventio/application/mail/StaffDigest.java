package fr.conventio.application.mail;

import fr.conventio.application.dashboard.AgreementAwaitingDecision;
import fr.conventio.application.dashboard.AwaitedDecision;
import fr.conventio.application.dashboard.Deadline;
import fr.conventio.application.dashboard.DeadlineKind;
import fr.conventio.application.lifecycle.ApproveAgreementUseCase;
import fr.conventio.application.lifecycle.CloseAgreementUseCase;
import fr.conventio.application.lifecycle.SignAgreementUseCase;
import fr.conventio.application.obligation.AcceptEvidenceUseCase;
import fr.conventio.application.payment.RecordPaymentUseCase;
import fr.conventio.application.settlement.IssueRecoveryOrderUseCase;
import fr.conventio.application.shared.Page;
import fr.conventio.application.termination.TerminateAgreementUseCase;

import java.time.LocalDate;
import java.util.List;

/**
 * One member of staff's digest of a day: the deadlines overdue and due up to {@code dueUpTo}, and the agreements
 * awaiting a decision, each kept only when one of the member's roles may act on it — by the use case that acts
 * ({@link StaffRightsPort}, the application's permissions), so that the digest follows the division of work without a list of its own: an
 * obligation to whoever checks the evidence, the funder's payment deadline to whoever records payments, an approval
 * to whoever approves, and so on. {@code more*}: lines beyond what was read (the dashboard lists them).
 */
record StaffDigest(StaffMember member, LocalDate today, LocalDate dueUpTo, List<Deadline> overdue, List<Deadline> dueSoon,
                   List<AgreementAwaitingDecision> decisions, long moreDeadlines, long moreDecisions) {

    StaffDigest {
        overdue = List.copyOf(overdue);
        dueSoon = List.copyOf(dueSoon);
        decisions = List.copyOf(decisions);
    }

    static StaffDigest of(StaffMember member, StaffRightsPort rights, LocalDate today, LocalDate dueUpTo, Page<Deadline> deadlines,
                          Page<AgreementAwaitingDecision> decisions) {
        List<Deadline> mine = deadlines.content().stream().filter(d -> mayActOn(rights, member, d)).toList();
        List<AgreementAwaitingDecision> awaiting = decisions.content().stream()
                .filter(d -> rights.mayRun(decider(d.decision()), member.roles())).toList();
        boolean deadlinesAtAll = !mine.isEmpty() || rights.mayRun(AcceptEvidenceUseCase.class, member.roles())
                || rights.mayRun(RecordPaymentUseCase.class, member.roles());
        long moreDeadlines = deadlinesAtAll ? deadlines.totalElements() - deadlines.content().size() : 0;
        long moreDecisions = awaiting.isEmpty() ? 0 : decisions.totalElements() - decisions.content().size();
        return new StaffDigest(member, today, dueUpTo, mine.stream().filter(Deadline::overdue).toList(),
                mine.stream().filter(d -> !d.overdue()).toList(), awaiting, Math.max(0, moreDeadlines), Math.max(0, moreDecisions));
    }

    int size() {
        return overdue.size() + dueSoon.size() + decisions.size();
    }

    boolean isEmpty() {
        return size() == 0;
    }

    private static boolean mayActOn(StaffRightsPort rights, StaffMember member, Deadline deadline) {
        Class<?> actor = deadline.kind().isTheFunders() ? RecordPaymentUseCase.class : AcceptEvidenceUseCase.class;
        return rights.mayRun(actor, member.roles());
    }

    /** The use case that takes the awaited decision. */
    static Class<?> decider(AwaitedDecision decision) {
        return switch (decision) {
            case APPROVAL -> ApproveAgreementUseCase.class;
            case SIGNATURE -> SignAgreementUseCase.class;
            case RECOVERY_ORDER -> IssueRecoveryOrderUseCase.class;
            case SUSPENSION -> TerminateAgreementUseCase.class;
            case CLOSURE -> CloseAgreementUseCase.class;
        };
    }
}
