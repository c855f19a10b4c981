package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.ComparableText;
import fr.conventio.domain.shared.InvalidValueException;

/** The funder's reference of an agreement, e.g. "ECO-2020-SCS" (at most 60 characters). */
public record AgreementReference(String value) {

    public static final int MAX_LENGTH = 60;

    public AgreementReference {
        value = Checks.requireText("référence de la convention", value);
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("référence de la convention",
                    "au plus " + MAX_LENGTH + " caractères (" + value.length() + " reçus)");
        }
    }

    public static AgreementReference of(String value) {
        return new AgreementReference(value);
    }

    /**
     * The reference as it is compared ({@link ComparableText}): "ÉCO-2020-Scs" and "eco-2020-scs" have one key.
     * Two agreements never share a key; the database's unique index (V15, {@code lower(unaccent(btrim(reference)))})
     * agrees with it on French text.
     */
    public String key() {
        return ComparableText.of(value);
    }

    /** Whether {@code other} names the same agreement (equal {@link #key() keys}). */
    public boolean sameAs(AgreementReference other) {
        return key().equals(other.key());
    }

    @Override
    public String toString() {
        return value;
    }
}
