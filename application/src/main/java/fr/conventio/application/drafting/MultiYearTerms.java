package fr.conventio.application.drafting;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.multiyear.SettlementMode;

import java.util.List;

/**
 * D5: the later years of a draft typed with it (the wizard's « Durée »): each later year's amount split on its budget
 * lines (B3 checked by {@link Subsidy}), in order (year 2, year 3, year 4), and whether settlement is yearly or once at the
 * end. Year 1 is the draft itself; the plan is checked by the domain ({@code MultiYearPlan.create}: two to four years in
 * all) before anything is written.
 */
public record MultiYearTerms(SettlementMode settlementMode, List<Subsidy> laterYears) {

    public MultiYearTerms {
        CommandChecks.required(settlementMode, "mode de liquidation");
        laterYears = laterYears == null ? List.of() : List.copyOf(laterYears);
    }
}
