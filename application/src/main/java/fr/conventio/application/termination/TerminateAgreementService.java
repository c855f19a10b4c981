package fr.conventio.application.termination;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.agreementfile.RecoveryOrders;
import fr.conventio.application.port.out.RecoveryOrderNumberingPort;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.settlement.RecoveryClaim;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.termination.FormalNotice;
import fr.conventio.domain.termination.TerminationGround;
import fr.conventio.domain.termination.TerminationOutcome;
import fr.conventio.domain.termination.TerminationPolicy;
import fr.conventio.domain.termination.TerminationRequest;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Terminates an agreement through the domain's {@link TerminationPolicy} (T1 notice period, T2 immediate
 * grounds, T3 restitution) on the subsidy in force over the budget year, with what the association keeps
 * of the payments. For a breach, the notice is the last unremedied one sent by the initiating party (or,
 * if all are remedied, the last one, which the policy then refuses). The outcome is kept in the control
 * file; when asked and something is to be restituted, the recovery order (A2) is issued on the effective
 * date in the same use case. The budget commitments are kept as they are.
 */
public final class TerminateAgreementService implements TerminateAgreementUseCase {

    private final AgreementFiles files;
    private final RecoveryOrderNumberingPort numbering;

    public TerminateAgreementService(AgreementFiles files, RecoveryOrderNumberingPort numbering) {
        this.files = Objects.requireNonNull(files);
        this.numbering = Objects.requireNonNull(numbering);
    }

    @Override
    public TerminateAgreementResult terminate(TerminateAgreementCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        Agreement agreement = file.value();
        FormalNotice notice = command.ground() == TerminationGround.BREACH_AFTER_NOTICE ? noticeOf(file.controlFile(), command) : null;
        Amount subsidy = file.adjustedSubsidy();
        TerminationRequest request = new TerminationRequest(agreement.status(), command.ground(), command.initiatedBy(),
                command.effectiveDate(), notice, command.restitution(), subsidy, agreement.period(), file.amountKept().min(subsidy));
        TerminationOutcome outcome = TerminationPolicy.decide(request);
        agreement.terminate(command.effectiveDate(), command.ground().label());
        AgreementControl control = file.controlFile().withTerminationOutcome(outcome);

        RecoveryOrder order = null;
        Optional<RecoveryClaim> claim = outcome.recoveryClaim();
        if (command.issueRecoveryOrder() && claim.isPresent()) {
            AgreementFile terminated = file.withControl(control);
            RecoveryClaim outstanding = RecoveryOrders.claim(terminated, claim.get().ground());
            order = RecoveryOrders.issue(terminated, outstanding, outstanding.amountDue(), command.effectiveDate(), numbering);
        }

        Versioned<Agreement> saved = files.save(file, control);
        if (order != null) {
            files.addOrder(order);
        }
        return new TerminateAgreementResult(saved.version(), outcome, order == null ? null : order.number());
    }

    private static FormalNotice noticeOf(AgreementControl control, TerminateAgreementCommand command) {
        List<FormalNotice> byParty = control.formalNotices().stream().filter(n -> n.sentBy() == command.initiatedBy()).toList();
        return byParty.stream().filter(n -> !n.isRemedied()).max(Comparator.comparing(FormalNotice::sentOn))
                .or(() -> byParty.stream().max(Comparator.comparing(FormalNotice::sentOn)))
                .orElse(null);
    }
}
