package fr.conventio.application.termination;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.MultiYearPlanRepository;
import fr.conventio.domain.multiyear.MultiYearPlan;
import fr.conventio.application.agreementfile.RecoveryOrders;
import fr.conventio.application.port.out.RecoveryOrderNumberingPort;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.settlement.RecoveryClaim;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.termination.FormalNotice;
import fr.conventio.domain.termination.TerminationGround;
import fr.conventio.domain.termination.TerminationOutcome;
import fr.conventio.domain.termination.TerminationPolicy;

import java.util.Objects;

/**
 * Terminates an agreement through the domain's {@link TerminationPolicy} (T1 notice period, T2 immediate
 * grounds, T3 restitution), on the account's figures (the subsidy as adjusted over the agreement's period,
 * what the association holds). For a breach, the notice is the one the control file says the initiating
 * party relies on. The outcome is kept in the control file; the budget lines keep only what the association
 * keeps (B4); when asked and something is to be restituted, the recovery order (A2) is issued on the
 * effective date in the same use case. Terminating a year of a multi-year agreement (D5) drops its later years still
 * to confirm.
 */
public final class TerminateAgreementService implements TerminateAgreementUseCase {

    private final AgreementFiles files;
    private final RecoveryOrderNumberingPort numbering;
    private final MultiYearPlanRepository plans;

    public TerminateAgreementService(AgreementFiles files, RecoveryOrderNumberingPort numbering, MultiYearPlanRepository plans) {
        this.files = Objects.requireNonNull(files);
        this.numbering = Objects.requireNonNull(numbering);
        this.plans = Objects.requireNonNull(plans);
    }

    @Override
    public TerminateAgreementResult terminate(TerminateAgreementCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        Agreement agreement = file.agreement();
        FormalNotice notice = command.ground() == TerminationGround.BREACH_AFTER_NOTICE
                ? file.control().noticeForTerminationBy(command.initiatedBy()).orElse(null) : null;
        TerminationOutcome outcome = TerminationPolicy.decide(file.account().terminationRequest(command.ground(), command.initiatedBy(),
                command.effectiveDate(), notice, command.restitution()));
        agreement.terminate(command.effectiveDate(), command.ground().label());
        file.replaceControl(file.control().withTerminationOutcome(outcome));

        RecoveryOrder order = null;
        if (command.issueRecoveryOrder() && outcome.recoveryClaim().isPresent()) {
            RecoveryClaim claim = file.account().claim(RecoveryGround.TERMINATION_RESTITUTION);
            order = RecoveryOrders.issue(agreement, claim, claim.amountDue(), command.effectiveDate(), files.numbering(numbering));
            file.add(order);
        }
        Versioned<Agreement> saved = files.save(file);
        if (!files.dryRunning()) {
            dropTheYearsStillToConfirm(agreement, command.effectiveDate());
        }
        return new TerminateAgreementResult(saved.version(), outcome, order == null ? null : order.number());
    }

    /** D5: terminating a year of a multi-year agreement ends the CPO: its later years still to confirm are dropped. */
    private void dropTheYearsStillToConfirm(Agreement agreement, java.time.LocalDate effectiveDate) {
        plans.findByMember(agreement.id()).filter(p -> p.value().terminatedOn().isEmpty()).ifPresent(stored -> {
            MultiYearPlan plan = stored.value();
            plan.terminate(effectiveDate);
            plans.save(new Versioned<>(plan, stored.version()));
        });
    }
}
