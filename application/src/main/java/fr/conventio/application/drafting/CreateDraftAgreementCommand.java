package fr.conventio.application.drafting;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.SubmissionKey;

import java.util.Optional;

/**
 * Creates an agreement in DRAFT with all its parts (its payment terms may carry a schedule of instalments, V5) and,
 * when {@code multiYear} is given, its plan of later years (D5), in one transaction; {@code submission} is the wizard's
 * intention: the same key twice creates one draft (and one plan) and answers the first.
 *
 * @param multiYear the later years of a multi-year agreement, {@code null} for an annual agreement
 */
public record CreateDraftAgreementCommand(AgreementTerms terms, SubmissionKey submission, MultiYearTerms multiYear) {

    public CreateDraftAgreementCommand {
        CommandChecks.required(terms, "convention");
        CommandChecks.required(submission, "clé de soumission");
    }

    /** An annual agreement. */
    public CreateDraftAgreementCommand(AgreementTerms terms, SubmissionKey submission) {
        this(terms, submission, null);
    }

    /** A submission of its own (a new intention each time), annual. */
    public CreateDraftAgreementCommand(AgreementTerms terms) {
        this(terms, SubmissionKey.newKey());
    }

    public Optional<MultiYearTerms> plan() {
        return Optional.ofNullable(multiYear);
    }
}
