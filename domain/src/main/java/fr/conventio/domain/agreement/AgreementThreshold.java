package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.Amount;

/**
 * Rule D3 (décret n° 2001-495 du 6 juin 2001, art. 1er): an agreement is mandatory when the
 * subsidy exceeds 23 000 €. At or below, the grant is still recorded and no agreement is required.
 *
 * <p>The décret speaks of subsidies « dont le montant annuel dépasse la somme de 23 000 euros »: the amount is the
 * association's annual total from this funder ({@link AnnualSubsidies}), every agreement of the budget year
 * together, not one agreement's subsidy taken alone: a second grant of 10 000 € after one of 20 000 € the same
 * year makes the agreement mandatory ({@link #requirementFor(Amount, AnnualSubsidies)}).
 */
public final class AgreementThreshold {

    public static final String RULE = "D3";
    /** The threshold: a subsidy must be strictly above it to make an agreement mandatory. */
    public static final Amount THRESHOLD = Amount.of(23000);

    private AgreementThreshold() {
    }

    /** Whether a subsidy of this amount needs an agreement: strictly more than 23 000,00 €. */
    public static boolean isAgreementMandatory(Amount subsidy) {
        return Checks.require("subvention", subsidy).isGreaterThan(THRESHOLD);
    }

    /**
     * D3 on the annual total: {@code subsidy} granted by one agreement when {@code others} counts what the funder
     * already grants the association that year by its other agreements (without this one). Mandatory when the
     * total, this subsidy included, is strictly above 23 000,00 €.
     */
    public static AgreementRequirement requirementFor(Amount subsidy, AnnualSubsidies others) {
        Checks.require("subvention", subsidy);
        Amount othersTotal = others.total();
        if (othersTotal.isZero() || isAgreementMandatory(subsidy)) {
            return requirementFor(subsidy);
        }
        Amount total = others.totalWith(subsidy);
        if (!isAgreementMandatory(total)) {
            return new AgreementRequirement(subsidy, false, "Avec cette subvention de " + subsidy
                    + ", le total annuel des subventions de la collectivité à l'association atteint " + total
                    + " et ne dépasse pas 23 000,00 € : aucune convention n'est exigée (décret n° 2001-495 du 6 juin 2001) ;"
                    + " l'attribution est néanmoins enregistrée.");
        }
        return new AgreementRequirement(subsidy, true, "La subvention de " + subsidy + " ne dépasse pas 23 000,00 €, mais le total"
                + " annuel des subventions de la collectivité à l'association atteint " + total
                + " : une convention est obligatoire (décret n° 2001-495 du 6 juin 2001, montant annuel).");
    }

    /** The decision for this subsidy with its French explanation. */
    public static AgreementRequirement requirementFor(Amount subsidy) {
        if (isAgreementMandatory(subsidy)) {
            return new AgreementRequirement(subsidy, true, "La subvention de " + subsidy
                    + " dépasse 23 000,00 € : une convention est obligatoire (décret n° 2001-495 du 6 juin 2001).");
        }
        return new AgreementRequirement(subsidy, false, "La subvention de " + subsidy
                + " ne dépasse pas 23 000,00 € : aucune convention n'est exigée (décret n° 2001-495 du 6 juin 2001) ;"
                + " l'attribution est néanmoins enregistrée.");
    }
}
