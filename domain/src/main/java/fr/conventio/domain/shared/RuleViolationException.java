package fr.conventio.domain.shared;

/** An operation is refused by a business rule of RULES.md (the rule id is carried). */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String ruleId, String message) {
        super(ruleId, message);
    }
}
