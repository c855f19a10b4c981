package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.common.AmountField;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.application.settlement.RecordRecoveryReceiptCommand;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.shared.Amount;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.LocalDate;

/** Records a sum received against a recovery order (pre-filled with what remains due on it); it never closes the file (D2). */
public final class ReceiptDialog extends ActionDialog<ReceiptDialog.Form> {

    /** This opening of the dialog: every submission until one succeeds carries it, so that a replay records once. */
    private final SubmissionKey submission = SubmissionKey.newKey();

    static final class Form {
        Amount amount;
        LocalDate receivedOn;
    }

    private final RecoveryOrderId orderId;

    public ReceiptDialog(AgreementPage page, AgreementDetails.RecoveryOrderLine order) {
        super(page, Texts.t("agreement.receipt.title", order.number().toString()), Texts.t("agreement.receipt.submit"), new Form());
        this.orderId = order.id();
        AmountField amount = Fields.amount(Texts.t("agreement.receipt.amount"));
        amount.setId("receipt-amount");
        amount.setHelperText(Texts.t("agreement.receipt.amountHelp", Formats.amount(order.remainingDue())));
        DatePicker date = Fields.date(Texts.t("agreement.receipt.date"), page.today());
        Fields.requiredAmount(binder, amount, f -> f.amount, (f, v) -> f.amount = v);
        Fields.requiredDate(binder, date, f -> f.receivedOn, (f, v) -> f.receivedOn = v);
        addField(amount, 1);
        addField(date, 1);
        bind();
        amount.setNumber(order.remainingDue());
    }

    @Override
    protected String perform() {
        AgreementDetails.RecoveryOrderLine order = page.details().recoveryOrders().stream().filter(o -> o.id().equals(orderId))
                .findFirst().orElseThrow();
        page.useCases().recordRecoveryReceipt().record(new RecordRecoveryReceiptCommand(orderId, order.version(), form.amount,
                form.receivedOn, submission));
        String done = Texts.t("agreement.receipt.done", Formats.amount(form.amount), order.number().toString());
        return settled(page.details().stage()) ? done + " " + Texts.t("agreement.staysOpen") : done;
    }

    /** A settled file waits for a manager to close it (D2); a terminated one is never closed. */
    private static boolean settled(AgreementStage stage) {
        return stage == AgreementStage.SETTLED || stage == AgreementStage.BALANCE_PAID;
    }
}
