package fr.conventio.application.association;

import fr.conventio.domain.agreement.AnnualSubsidies;
import fr.conventio.domain.agreement.FundingSourceKind;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetYear;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One budget year of the association page's « Financements par exercice »: the funder's agreements of the year, its
 * annual total ({@link AnnualSubsidies#total()}: the subsidies in force, what O4 and D3 count) and what the financing
 * plans of those agreements declare from other funders, added up per kind (Région, État, Union européenne, …, in the
 * order of {@link FundingSourceKind}) and in all. Each agreement's plan is its operation's: two agreements of a year
 * that both declare the region add up.
 */
public record YearFunding(BudgetYear budgetYear, List<AgreementFunding> agreements, Amount funderTotal,
                          Map<FundingSourceKind, Amount> otherFunders, Amount otherFundersTotal) {

    public YearFunding {
        Objects.requireNonNull(budgetYear);
        agreements = List.copyOf(agreements);
        Objects.requireNonNull(funderTotal);
        otherFunders = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(otherFunders));
        Objects.requireNonNull(otherFundersTotal);
    }

    /** The agreements grouped by budget year, in the order they come (most recent year first from the query). */
    public static List<YearFunding> byYear(AssociationId associationId, List<AgreementFunding> agreements) {
        Map<BudgetYear, List<AgreementFunding>> years = new LinkedHashMap<>();
        agreements.forEach(a -> years.computeIfAbsent(a.budgetYear(), y -> new ArrayList<>()).add(a));
        List<YearFunding> result = new ArrayList<>();
        years.forEach((year, ofYear) -> result.add(of(associationId, year, ofYear)));
        return List.copyOf(result);
    }

    private static YearFunding of(AssociationId associationId, BudgetYear year, List<AgreementFunding> ofYear) {
        AnnualSubsidies annual = AnnualSubsidies.none(associationId, year);
        Map<FundingSourceKind, Amount> byKind = new EnumMap<>(FundingSourceKind.class);
        for (AgreementFunding a : ofYear) {
            annual = annual.with(a.agreementId(), a.subsidyInForce());
            a.otherFunders().forEach((kind, amount) -> byKind.merge(kind, amount, Amount::plus));
        }
        return new YearFunding(year, ofYear, annual.total(), byKind, Amount.sum(byKind.values()));
    }
}
