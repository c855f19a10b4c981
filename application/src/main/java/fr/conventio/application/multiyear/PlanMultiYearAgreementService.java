package fr.conventio.application.multiyear;

import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.MultiYearPlanRepository;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.multiyear.MultiYearPlan;
import fr.conventio.domain.shared.IllegalTransitionException;

import java.util.Objects;
import java.util.Optional;

/**
 * D5: the plan of a draft follows the draft: year 1 is the draft's budget year and subsidy, the later years follow it.
 * Only a draft may be planned; once signed the plan changes only by confirming (or dropping) its years.
 */
public final class PlanMultiYearAgreementService implements PlanMultiYearAgreementUseCase {

    private final AgreementRepository agreements;
    private final MultiYearPlanRepository plans;

    public PlanMultiYearAgreementService(AgreementRepository agreements, MultiYearPlanRepository plans) {
        this.agreements = Objects.requireNonNull(agreements);
        this.plans = Objects.requireNonNull(plans);
    }

    @Override
    public void plan(PlanMultiYearAgreementCommand command) {
        Agreement agreement = agreements.findById(command.agreementId()).map(Versioned::value)
                .orElseThrow(() -> new NotFoundException("Convention", command.agreementId()));
        if (agreement.status() != AgreementStatus.DRAFT) {
            throw new IllegalTransitionException("convention " + agreement.reference() + " (" + agreement.status().label()
                    + ") : seules les années d'un brouillon se planifient");
        }
        Optional<Versioned<MultiYearPlan>> existing = plans.findByHead(agreement.id());
        if (command.laterYears().isEmpty()) {
            existing.ifPresent(p -> plans.delete(agreement.id()));
            return;
        }
        MultiYearPlan plan = MultiYearPlan.create(agreement.id(), agreement.budgetYear(), agreement.subsidy().votedAmount(),
                command.settlementMode(), command.laterYears());
        plans.save(existing.map(p -> new Versioned<>(plan, p.version())).orElseGet(() -> Versioned.newAggregate(plan)));
    }
}
