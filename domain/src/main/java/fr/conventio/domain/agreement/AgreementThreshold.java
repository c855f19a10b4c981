package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.Amount;

/**
 * Rule D3 (décret n° 2001-495 du 6 juin 2001, art. 1er): an agreement is mandatory when the
 * subsidy exceeds 23 000 €. At or below, the grant is still recorded and no agreement is required.
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
