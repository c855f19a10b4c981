package fr.conventio.application.multiyear;

import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.MultiYearPlanRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.multiyear.MultiYearPlan;
import fr.conventio.domain.multiyear.PlannedYear;
import fr.conventio.domain.multiyear.PlannedYearStatus;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads a CPO's plan and the references of its agreements. */
public final class GetMultiYearPlanService implements GetMultiYearPlanUseCase {

    private final AgreementRepository agreements;
    private final MultiYearPlanRepository plans;

    public GetMultiYearPlanService(AgreementRepository agreements, MultiYearPlanRepository plans) {
        this.agreements = Objects.requireNonNull(agreements);
        this.plans = Objects.requireNonNull(plans);
    }

    @Override
    public Optional<MultiYearPlanView> get(AgreementId agreementId) {
        return plans.findByMember(agreementId).map(Versioned::value).map(this::view);
    }

    private MultiYearPlanView view(MultiYearPlan plan) {
        String headReference = reference(plan.headAgreementId());
        Optional<Agreement> head = agreements.findById(plan.headAgreementId()).map(Versioned::value);
        List<MultiYearPlanView.Year> years = new ArrayList<>();
        years.add(new MultiYearPlanView.Year(1, plan.firstYear(), plan.firstYearAmount(), PlannedYearStatus.CONFIRMED,
                head.flatMap(Agreement::signatureDate).orElse(null), null, plan.headAgreementId(), headReference));
        for (PlannedYear year : plan.laterYears()) {
            var confirmation = year.confirmationIfAny();
            years.add(new MultiYearPlanView.Year(year.rank(), year.budgetYear(), year.amount(), year.status(),
                    confirmation.map(c -> c.confirmedOn()).orElse(null), confirmation.map(c -> c.kind()).orElse(null),
                    confirmation.map(c -> c.awardId()).orElse(null), confirmation.map(c -> reference(c.awardId())).orElse(null)));
        }
        Amount forecastTotal = Amount.sum(plan.memberAgreements().stream().map(agreements::findById).flatMap(Optional::stream)
                .map(v -> v.value().forecastBudget().eligibleExpenses()).toList());
        return new MultiYearPlanView(plan.headAgreementId(), headReference, plan.settlementMode(), years, plan.plannedTotal(),
                plan.confirmedTotal(), plan.toConfirmTotal(), plan.nextToConfirm().map(PlannedYear::budgetYear).orElse(null), forecastTotal);
    }

    private String reference(AgreementId id) {
        return agreements.findById(id).map(v -> v.value().reference().value()).orElse(null);
    }
}
