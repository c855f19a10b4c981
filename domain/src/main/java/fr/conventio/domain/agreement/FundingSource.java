package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.TextLimits;

/** One expected resource of the financing plan (B1), e.g. REGION "Région Sud" 250 000,00 €. */
public record FundingSource(FundingSourceKind kind, String name, Amount amount) {

    public FundingSource {
        Checks.require("plan de financement (nature)", kind);
        name = Checks.requireText("plan de financement (financeur)", name, TextLimits.NAME);
        Checks.requirePositive("plan de financement (montant)", amount);
    }

    public static FundingSource of(FundingSourceKind kind, String name, Amount amount) {
        return new FundingSource(kind, name, amount);
    }
}
