package fr.conventio.application.multiyear;

import fr.conventio.domain.multiyear.ConfirmationKind;
import fr.conventio.domain.multiyear.PlannedYearStatus;
import fr.conventio.domain.multiyear.SettlementMode;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * D5: the years of a CPO as its page shows them: year 1 (the head agreement) then the later years, confirmed (with
 * their award) or « à confirmer » (never counted as committed), and the totals; {@code forecastTotal} is the forecast
 * eligible expenses of the agreements of the years granted, added up (what a settlement over the period, A1, is taken
 * against).
 */
public record MultiYearPlanView(AgreementId headAgreementId, String headReference, SettlementMode settlementMode,
                                List<Year> years, Amount plannedTotal, Amount confirmedTotal, Amount toConfirmTotal,
                                BudgetYear nextToConfirm, Amount forecastTotal) {

    public MultiYearPlanView {
        years = List.copyOf(years);
    }

    public boolean settlesOnceAtEnd() {
        return settlementMode == SettlementMode.ONCE_AT_END;
    }

    /** The year whose agreement is {@code agreementId}, if it is one of this CPO's. */
    public Optional<Year> yearOf(AgreementId agreementId) {
        return years.stream().filter(y -> agreementId.equals(y.awardId())).findFirst();
    }

    /** The first budget year of the period (year 1's). */
    public BudgetYear firstYear() {
        return years.get(0).budgetYear();
    }

    /** The last year of the period, confirmed or not. */
    public Year lastYear() {
        return years.get(years.size() - 1);
    }

    /** D5: settled once at the end and {@code agreementId} a year but the last: it cannot be settled alone. */
    public boolean settledOnTheLastYear(AgreementId agreementId) {
        return settlesOnceAtEnd() && yearOf(agreementId).filter(y -> y.rank() != lastYear().rank()).isPresent();
    }

    /** D5: settled once at the end and {@code agreementId} the last year's agreement: settling it settles the whole period. */
    public boolean settlesThePeriod(AgreementId agreementId) {
        return settlesOnceAtEnd() && yearOf(agreementId).filter(y -> y.rank() == lastYear().rank()).isPresent();
    }

    /** One year: {@code awardId}/{@code awardReference} are those of the agreement of that year, when it exists. */
    public record Year(int rank, BudgetYear budgetYear, Amount amount, PlannedYearStatus status, LocalDate confirmedOn,
                       ConfirmationKind confirmationKind, AgreementId awardId, String awardReference) {
    }
}
