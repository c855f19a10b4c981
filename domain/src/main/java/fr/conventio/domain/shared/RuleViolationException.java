package fr.conventio.domain.shared;

/**
 * An operation is refused by a business rule of RULES.md (the rule id is carried), and, when the refusal is about
 * one value the user typed, the name of that field ("date de valeur", "montant"), so that a form can show the
 * refusal on it.
 */
public class RuleViolationException extends DomainException {

    private final String field;

    public RuleViolationException(String ruleId, String message) {
        this(ruleId, null, message);
    }

    public RuleViolationException(String ruleId, String field, String message) {
        super(ruleId, message);
        this.field = field;
    }

    /** The field whose value the rule refused, or {@code null} when the refusal is about the whole operation. */
    public String field() {
        return field;
    }
}
