package fr.conventio.application.multiyear;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.multiyear.ConfirmationKind;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.BudgetYear;

import java.time.LocalDate;

/** D5: confirms {@code budgetYear} of the CPO whose first year is {@code headAgreementId}, on a date, by an act. */
public record ConfirmAgreementYearCommand(AgreementId headAgreementId, BudgetYear budgetYear, LocalDate confirmedOn,
                                          ConfirmationKind kind, SubmissionKey submission) {

    /** The date's name in refusals (the form shows them on its field). */
    public static final String CONFIRMATION_DATE = "date de confirmation";

    public ConfirmAgreementYearCommand {
        CommandChecks.required(headAgreementId, "convention");
        CommandChecks.required(budgetYear, "exercice à confirmer");
        CommandChecks.required(confirmedOn, CONFIRMATION_DATE);
        CommandChecks.required(kind, "acte de confirmation");
        CommandChecks.required(submission, "soumission");
    }
}
