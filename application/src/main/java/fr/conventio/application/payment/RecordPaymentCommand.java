package fr.conventio.application.payment;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.shared.AgreementId;

import java.time.LocalDate;
import java.util.List;

/**
 * Records a payment (advance or balance) on an agreement: the amount charged to each budget line (V4),
 * the value date and the payment order reference (mandat) when known. {@code expectedVersion} is the
 * agreement's: recording a payment always stores the agreement again, so that two payments recorded at
 * the same time on the same agreement cannot both pass the caps (V3). The same {@code submission} twice records
 * one payment and answers the first (even though the agreement's version moved since).
 * {@code instalmentNumber} is the instalment of the schedule paid (V5), only for {@link PaymentKind#INSTALMENT}.
 */
public record RecordPaymentCommand(AgreementId agreementId, long expectedVersion, PaymentKind kind, List<LineCharge> charges,
                                   LocalDate valueDate, PaymentOrderReference orderReference, SubmissionKey submission,
                                   Integer instalmentNumber) {

    public RecordPaymentCommand {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.expectedVersion(expectedVersion);
        CommandChecks.required(kind, "nature du versement");
        charges = CommandChecks.listOf(charges, "imputation");
        if (charges.isEmpty()) {
            throw new InvalidCommandException("imputation", "champ obligatoire (au moins une ligne budgétaire)");
        }
        CommandChecks.required(valueDate, "date de valeur");
        CommandChecks.required(submission, "clé de soumission");
        if (kind == PaymentKind.INSTALMENT) {
            CommandChecks.required(instalmentNumber, "versement échelonné");
        }
    }

    /** An advance or a balance (no instalment). */
    public RecordPaymentCommand(AgreementId agreementId, long expectedVersion, PaymentKind kind, List<LineCharge> charges,
                                LocalDate valueDate, PaymentOrderReference orderReference, SubmissionKey submission) {
        this(agreementId, expectedVersion, kind, charges, valueDate, orderReference, submission, null);
    }

    /** A submission of its own (a new intention each time). */
    public RecordPaymentCommand(AgreementId agreementId, long expectedVersion, PaymentKind kind, List<LineCharge> charges,
                                LocalDate valueDate, PaymentOrderReference orderReference) {
        this(agreementId, expectedVersion, kind, charges, valueDate, orderReference, SubmissionKey.newKey());
    }
}
