package fr.conventio.domain.shared;

/**
 * Base of every exception the domain throws when a rule or an invariant refuses an operation.
 * The message is written for the funder's staff: it says which value or state is wrong and why.
 * The optional {@code ruleId} names the rule of RULES.md that refused (e.g. "V1"); it is kept apart from the
 * message so that staff never read a rule code: logs and the "Détails" of a refusal show it, the message does not.
 */
public class DomainException extends RuntimeException {

    private final String ruleId;

    public DomainException(String message) {
        this(null, message);
    }

    public DomainException(String ruleId, String message) {
        super(message);
        this.ruleId = ruleId;
    }

    /** The id of the rule (RULES.md) that refused the operation, or {@code null} for a plain invariant. */
    public String ruleId() {
        return ruleId;
    }
}
