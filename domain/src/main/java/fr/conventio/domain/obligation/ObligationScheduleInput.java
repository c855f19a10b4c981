package fr.conventio.domain.obligation;

import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AnnualSubsidies;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What {@link ObligationSchedule} needs to know about a signed agreement, as plain values.
 *
 * @param signatureDate              date the agreement was signed (O1)
 * @param budgetYear                 the funder's budget year of the agreement
 * @param fiscalYearEnd              closing date of the association's fiscal year for which the subsidy was granted (O2, O3, O4, O6, O10)
 * @param subsidyAmount              the subsidy of this agreement
 * @param annualSubsidiesTotal       the association's annual subsidies from this funder, every agreement of the year (O4 threshold: &gt; 75 000,00 €)
 * @param associationTotalBudget     the association's total annual budget (O4: subsidies &gt; 50 % of it)
 * @param publicSubsidiesTotal       every public subsidy of the financing plan together (O5: &gt; 153 000,00 €)
 * @param operationEnd               end of the supported operation (O7, O8, O9)
 * @param generalAssemblyApproval    date the general assembly approved the accounts, when known (O5), else {@code null}
 */
public record ObligationScheduleInput(LocalDate signatureDate, BudgetYear budgetYear, LocalDate fiscalYearEnd,
                                      Amount subsidyAmount, Amount annualSubsidiesTotal, Amount associationTotalBudget,
                                      Amount publicSubsidiesTotal, LocalDate operationEnd, LocalDate generalAssemblyApproval) {

    public ObligationScheduleInput {
        require(signatureDate, "date de signature");
        require(budgetYear, "exercice budgétaire");
        require(fiscalYearEnd, "date de clôture de l'exercice de l'association");
        require(subsidyAmount, "montant de la subvention");
        require(annualSubsidiesTotal, "total annuel des subventions");
        require(associationTotalBudget, "budget total de l'association");
        require(publicSubsidiesTotal, "total des subventions publiques");
        require(operationEnd, "date de fin de l'opération");
        if (annualSubsidiesTotal.isLessThan(subsidyAmount)) {
            throw new InvalidValueException("total annuel des subventions", "le total annuel des subventions est inférieur à la subvention de cette convention");
        }
        if (generalAssemblyApproval != null && generalAssemblyApproval.isBefore(fiscalYearEnd)) {
            throw new InvalidValueException("date d'approbation des comptes", "les comptes ne peuvent être approuvés avant la clôture de l'exercice");
        }
    }

    /**
     * What the schedule needs of {@code agreement}, signed on its signature date, and of its beneficiary, when it is
     * the association's only agreement of the year with this funder: {@link #atSignature(Agreement, Association,
     * AnnualSubsidies)} with nothing else granted that year.
     */
    public static ObligationScheduleInput atSignature(Agreement agreement, Association association) {
        return atSignature(agreement, association, AnnualSubsidies.none(association.id(), agreement.budgetYear()));
    }

    /**
     * What the schedule needs of {@code agreement}, signed on its signature date, and of its beneficiary: the
     * closing date of the association's fiscal year containing the end of the budget year, its total budget, the
     * public subsidies of the financing plan (O5), and, as the association's annual subsidies for O4, the funder's
     * annual total: what {@code granted} counts for the year (the association's other signed agreements with this
     * funder), with this agreement counted for its voted subsidy.
     */
    public static ObligationScheduleInput atSignature(Agreement agreement, Association association, AnnualSubsidies granted) {
        Amount subsidy = agreement.subsidy().votedAmount();
        Amount publicSubsidies = agreement.forecastBudget().publicSubsidiesTotal();
        Amount annualTotal = granted.with(agreement.id(), subsidy).total();
        return new ObligationScheduleInput(agreement.signatureDate().orElseThrow(() -> new InvalidValueException("date de signature",
                "la convention " + agreement.reference() + " n'est pas signée")), agreement.budgetYear(),
                association.fiscalYear().closingDateOfYearContainingEndOf(agreement.budgetYear()), subsidy,
                annualTotal, association.annualBudget(), publicSubsidies, agreement.operationPeriod().end(), null);
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "valeur absente");
        }
    }

    public Optional<LocalDate> optionalGeneralAssemblyApproval() {
        return Optional.ofNullable(generalAssemblyApproval);
    }
}
