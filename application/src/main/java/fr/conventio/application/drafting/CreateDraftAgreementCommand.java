package fr.conventio.application.drafting;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.SubmissionKey;

/**
 * Creates an agreement in DRAFT with all its parts; {@code submission} is the wizard's intention: the same
 * key twice creates one draft and answers the first.
 */
public record CreateDraftAgreementCommand(AgreementTerms terms, SubmissionKey submission) {

    public CreateDraftAgreementCommand {
        CommandChecks.required(terms, "convention");
        CommandChecks.required(submission, "clé de soumission");
    }

    /** A submission of its own (a new intention each time). */
    public CreateDraftAgreementCommand(AgreementTerms terms) {
        this(terms, SubmissionKey.newKey());
    }
}
