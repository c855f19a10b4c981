package fr.conventio.application.shared;

import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.shared.DomainException;

/**
 * Another agreement already has this reference, ignoring case and accents: the wizard shows the message on
 * the reference field and opens its step.
 */
public final class DuplicateReferenceException extends DomainException {

    private final transient AgreementReference reference;
    private final String problem;

    /** {@code typed} was refused because of {@code stored} (the same, or differing only by case or accents). */
    public DuplicateReferenceException(AgreementReference typed, AgreementReference stored) {
        super("référence : " + problem(typed, stored));
        this.reference = typed;
        this.problem = problem(typed, stored);
    }

    private static String problem(AgreementReference typed, AgreementReference stored) {
        return "une convention « " + stored + " » existe déjà" + (typed.equals(stored) ? ""
                : " (« " + typed + " » ne s'en distingue que par les majuscules ou les accents)");
    }

    /** The message without the field's name, for the field itself: "Une convention « ECO-2020-SCS » existe déjà…". */
    public String problemOnTheField() {
        return Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
    }

    public AgreementReference reference() {
        return reference;
    }
}
