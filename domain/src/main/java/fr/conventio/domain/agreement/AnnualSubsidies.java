package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.Checks;

import java.util.ArrayList;
import java.util.List;

/**
 * What this funder grants one association for one budget year, across all its agreements (O4, D3): the
 * amount of each agreement that counts and their total. An agreement counts once signed (signed, suspended,
 * settled, closed or terminated), for its subsidy in force as its account computes it (the voted subsidy as
 * last amended, less every reduction, repayment or withdrawal decided: a terminated or reduced agreement
 * counts for what is still granted); drafts and approved agreements do not count, except the one being
 * signed, which {@link #with} adds.
 *
 * @param amounts each agreement that counts with its amount, in the order given, one line per agreement
 */
public record AnnualSubsidies(AssociationId associationId, BudgetYear budgetYear, List<Share> amounts) {

    /** One agreement's part of the annual total. */
    public record Share(AgreementId agreementId, Amount amount) {
        public Share {
            Checks.require("subventions annuelles (convention)", agreementId);
            Checks.require("subventions annuelles (montant)", amount);
        }
    }

    public AnnualSubsidies {
        Checks.require("subventions annuelles (association)", associationId);
        Checks.require("subventions annuelles (exercice)", budgetYear);
        amounts = Checks.copyOf("subventions annuelles (conventions)", amounts);
        if (amounts.stream().map(Share::agreementId).distinct().count() != amounts.size()) {
            throw new fr.conventio.domain.shared.InvalidValueException("subventions annuelles", "une convention y figure deux fois");
        }
    }

    /** Nothing granted yet to the association for the year. */
    public static AnnualSubsidies none(AssociationId associationId, BudgetYear budgetYear) {
        return new AnnualSubsidies(associationId, budgetYear, List.of());
    }

    /** Whether an agreement in this status counts in the annual total: once signed, whatever happened since. */
    public static boolean counts(AgreementStatus status) {
        return status != AgreementStatus.DRAFT && status != AgreementStatus.APPROVED;
    }

    /** These amounts with {@code agreementId} counted for {@code amount}, replacing what it counted for before. */
    public AnnualSubsidies with(AgreementId agreementId, Amount amount) {
        List<Share> next = new ArrayList<>();
        boolean replaced = false;
        for (Share share : amounts) {
            if (share.agreementId().equals(agreementId)) {
                next.add(new Share(agreementId, amount));
                replaced = true;
            } else {
                next.add(share);
            }
        }
        if (!replaced) {
            next.add(new Share(agreementId, amount));
        }
        return new AnnualSubsidies(associationId, budgetYear, next);
    }

    /** The funder's annual total for the association. */
    public Amount total() {
        return Amount.sum(amounts.stream().map(Share::amount).toList());
    }

    /** The annual total once a subsidy not counted yet (a draft's, D3) is granted too. */
    public Amount totalWith(Amount subsidy) {
        return total().plus(Checks.require("subvention", subsidy));
    }

    /** Whether {@code agreementId} is counted. */
    public boolean includes(AgreementId agreementId) {
        return amounts.stream().anyMatch(s -> s.agreementId().equals(agreementId));
    }
}
