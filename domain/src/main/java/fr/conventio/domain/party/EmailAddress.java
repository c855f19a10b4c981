package fr.conventio.domain.party;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.TextLimits;

import java.util.regex.Pattern;

/**
 * An e-mail address (the association's contact, a member of staff): one {@code @}, a local part, a domain
 * with a dot, no spaces, at most {@value #MAX_LENGTH} characters (RFC 5321's path limit).
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;

    private static final Pattern SHAPE = Pattern.compile("[^@\\s\"(),:;<>\\[\\\\\\]]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    public EmailAddress {
        value = TextLimits.check("courriel", Checks.requireText("courriel", value), MAX_LENGTH);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("courriel", "adresse invalide, attendu par exemple contact@association.fr (reçu « " + value + " »)");
        }
    }

    /** {@code null} for a blank text, else the address (refused when malformed). */
    public static EmailAddress optional(String value) {
        return value == null || value.isBlank() ? null : new EmailAddress(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
