package fr.conventio.application.multiyear;

import fr.conventio.domain.multiyear.ConfirmationKind;
import fr.conventio.domain.multiyear.PlannedYearStatus;
import fr.conventio.domain.multiyear.SettlementMode;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;

import java.time.LocalDate;
import java.util.List;

/**
 * D5: the years of a CPO as its page shows them: year 1 (the head agreement) then the later years, confirmed (with
 * their award) or « à confirmer » (never counted as committed), and the totals.
 */
public record MultiYearPlanView(AgreementId headAgreementId, String headReference, SettlementMode settlementMode,
                                List<Year> years, Amount plannedTotal, Amount confirmedTotal, Amount toConfirmTotal,
                                BudgetYear nextToConfirm) {

    public MultiYearPlanView {
        years = List.copyOf(years);
    }

    /** One year: {@code awardId}/{@code awardReference} are those of the agreement of that year, when it exists. */
    public record Year(int rank, BudgetYear budgetYear, Amount amount, PlannedYearStatus status, LocalDate confirmedOn,
                       ConfirmationKind confirmationKind, AgreementId awardId, String awardReference) {
    }
}
