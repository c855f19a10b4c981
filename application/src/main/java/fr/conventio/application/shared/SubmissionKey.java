package fr.conventio.application.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * One intention of a member of staff: the key a form or dialog draws when it opens and sends with every
 * submission until one succeeds. A creating use case given the same key twice stores one record and answers
 * the first result (a double click, a replayed request, a retry after a lost answer).
 */
public record SubmissionKey(UUID value) {

    public SubmissionKey {
        Objects.requireNonNull(value, "clé de soumission absente");
    }

    /** A new intention. */
    public static SubmissionKey newKey() {
        return new SubmissionKey(UUID.randomUUID());
    }

    public static SubmissionKey of(String value) {
        return new SubmissionKey(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
