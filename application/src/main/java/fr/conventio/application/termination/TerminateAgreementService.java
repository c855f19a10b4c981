package fr.conventio.application.termination;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.MultiYearPlanRepository;
import fr.conventio.domain.multiyear.MultiYearPlan;
import fr.conventio.application.agreementfile.RecoveryOrders;
import fr.conventio.application.port.out.RecoveryOrderNumberingPort;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.account.AgreementAccount;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.settlement.RecoveryClaim;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.termination.FormalNotice;
import fr.conventio.domain.termination.TerminationGround;
import fr.conventio.domain.termination.TerminationOutcome;
import fr.conventio.domain.termination.TerminationPolicy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Terminates an agreement through the domain's {@link TerminationPolicy} (T1 notice period, T2 immediate
 * grounds, T3 restitution), on the account's figures (the subsidy as adjusted over the agreement's period,
 * what the association holds). For a breach, the notice is the one the control file says the initiating
 * party relies on. The outcome is kept in the control file; the budget lines keep only what the association
 * keeps (B4); when asked and something is to be restituted, the recovery order (A2) is issued on the
 * effective date in the same use case. Terminating a year of a multi-year agreement (D5) drops its later years still
 * to confirm; restitution pro rata temporis (T3) is then taken over the years covered
 * ({@link MultiYearPlan#overTheYearsCovered}): the association keeps what was granted for those years × days elapsed /
 * days of those years, and owes what it holds on the covered years' agreements above that, claimed by one recovery
 * order on the terminated agreement.
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
        TerminationOutcome decided = TerminationPolicy.decide(file.account().terminationRequest(command.ground(), command.initiatedBy(),
                command.effectiveDate(), notice, command.restitution()));
        TerminationOutcome outcome = plans.findByMember(agreement.id()).map(Versioned::value)
                .map(plan -> plan.overTheYearsCovered(decided, heldOnCoveredYears(plan, file, command.effectiveDate())))
                .orElse(decided);
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

    /** D5 T3: what the association holds on the agreements of the years covered by the termination. */
    private Amount heldOnCoveredYears(MultiYearPlan plan, AgreementFile terminated, LocalDate effectiveDate) {
        return Amount.sum(plan.coveredAgreements(effectiveDate).stream()
                .map(id -> id.equals(terminated.agreement().id()) ? terminated.account() : files.load(id).account())
                .map(AgreementAccount::held).toList());
    }

    /** D5: terminating a year of a multi-year agreement ends the CPO: its later years still to confirm are dropped. */
    private void dropTheYearsStillToConfirm(Agreement agreement, LocalDate effectiveDate) {
        plans.findByMember(agreement.id()).filter(p -> p.value().terminatedOn().isEmpty()).ifPresent(stored -> {
            MultiYearPlan plan = stored.value();
            plan.terminate(effectiveDate);
            plans.save(new Versioned<>(plan, stored.version()));
        });
    }
}
