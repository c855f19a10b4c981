package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.TextLimits;

/**
 * The general objectives of the agreement (Article 1, D1). They can never be changed once the
 * agreement is signed, not even by an amendment (M1): changing them means a new agreement.
 */
public record AgreementObject(String objectives) {

    public AgreementObject {
        objectives = Checks.requireText("objet de la convention (objectifs généraux)", objectives, TextLimits.OBJECTIVES);
    }

    public static AgreementObject of(String objectives) {
        return new AgreementObject(objectives);
    }
}
