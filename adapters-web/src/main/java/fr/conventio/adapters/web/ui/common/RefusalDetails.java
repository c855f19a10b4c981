package fr.conventio.adapters.web.ui.common;

import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.RuleViolationException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;

import java.util.Optional;

/**
 * The « Détails » under a refusal's French message, collapsed: the rule of RULES.md that refused (its id, e.g.
 * "V1") and the technical reason (the kind of refusal, the field it names). The only place a rule id reaches the
 * screen: the message itself never carries one ({@link Messages}). Nothing for a refusal no rule decided.
 */
public final class RefusalDetails {

    /** The class of the disclosure (tests and browser tests find it by it). */
    public static final String CLASS_NAME = "refusal-details";

    private RefusalDetails() {
    }

    /** The collapsed « Détails » of {@code error}, when a rule refused it. */
    public static Optional<Details> of(Throwable error) {
        Optional<DomainException> refusal = ruleRefusal(error);
        if (refusal.isEmpty()) {
            return Optional.empty();
        }
        DomainException rule = refusal.get();
        Div rows = new Div();
        Div ruleRow = new Div(t("refusal.details.rule", rule.ruleId()));
        ruleRow.addClassName("refusal-details-rule");
        String field = rule instanceof RuleViolationException violation ? violation.field() : null;
        Div reasonRow = new Div(field == null ? t("refusal.details.reason", rule.getClass().getSimpleName())
                : t("refusal.details.reasonOnField", rule.getClass().getSimpleName(), field));
        reasonRow.addClassName("refusal-details-reason");
        rows.add(ruleRow, reasonRow);
        Details details = new Details(t("refusal.details"), rows);
        details.addClassName(CLASS_NAME);
        details.setOpened(false);
        return Optional.of(details);
    }

    /** The refusal carrying a rule id behind {@code error} (itself or one of its causes). */
    static Optional<DomainException> ruleRefusal(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainException refusal && refusal.ruleId() != null) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    private static String t(String key, Object... arguments) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, arguments);
    }
}
