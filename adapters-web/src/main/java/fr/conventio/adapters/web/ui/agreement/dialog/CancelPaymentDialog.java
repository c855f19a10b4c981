package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.payment.CancelPaymentCommand;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.domain.payment.PaymentId;
import fr.conventio.domain.shared.TextLimits;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.LocalDate;
import java.util.Optional;

/** Cancels a payment order (annulation de mandat) with its reason: it stops counting; its number stays used. */
public final class CancelPaymentDialog extends ActionDialog<CancelPaymentDialog.Form> {

    static final class Form {
        String reason;
        LocalDate cancelledOn;
    }

    private final PaymentId paymentId;
    private final String what;

    public CancelPaymentDialog(AgreementPage page, AgreementDetails.PaymentLine payment) {
        super(page, Texts.t("agreement.cancelPayment.title"), Texts.t("agreement.cancelPayment.submit"), new Form());
        this.paymentId = payment.id();
        this.what = Texts.t("agreement.payment.kind." + payment.kind().name()) + " " + Formats.amount(payment.amount())
                + " (" + Formats.date(payment.valueDate()) + ")";
        TextArea reason = Fields.area(Texts.t("agreement.cancelPayment.reason"), TextLimits.REASON);
        DatePicker date = Fields.date(Texts.t("agreement.cancelPayment.date"), page.today());
        Fields.requiredText(binder, reason, reason.getLabel(), f -> f.reason, (f, v) -> f.reason = v);
        Fields.requiredDate(binder, date, f -> f.cancelledOn, (f, v) -> f.cancelledOn = v);
        addField(reason, 2);
        addField(date, 1);
        bind();
    }

    @Override
    protected Optional<Confirmation> confirmation() {
        return Optional.of(new Confirmation(Texts.t("agreement.cancelPayment.confirmTitle"),
                Texts.t("agreement.cancelPayment.confirm", what), Texts.t("agreement.cancelPayment.submit"), true));
    }

    @Override
    protected String perform() {
        AgreementDetails.PaymentLine payment = page.details().payments().stream().filter(p -> p.id().equals(paymentId)).findFirst()
                .orElseThrow();
        page.useCases().cancelPayment().cancel(new CancelPaymentCommand(paymentId, payment.version(), form.reason, form.cancelledOn));
        return Texts.t("agreement.cancelPayment.done", what);
    }
}
