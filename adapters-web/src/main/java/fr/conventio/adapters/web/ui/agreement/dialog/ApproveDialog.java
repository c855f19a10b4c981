package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.lifecycle.ApproveAgreementCommand;
import fr.conventio.domain.party.Deliberation;
import fr.conventio.domain.shared.TextLimits;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;

/** Records the deliberation that approves the agreement and authorises its signature (P1). */
public final class ApproveDialog extends ActionDialog<ApproveDialog.Form> {

    static final class Form {
        String number;
        String body;
        LocalDate date;
    }

    public ApproveDialog(AgreementPage page) {
        super(page, Texts.t("agreement.approve.title"), Texts.t("agreement.approve.submit"), new Form());
        SignatureWarnings.panel(page, "approve-signature-warning").ifPresent(warning -> addField(warning, 2));
        TextField number = Fields.text(Texts.t("agreement.approve.number"), TextLimits.REFERENCE);
        TextField body = Fields.text(Texts.t("agreement.approve.body"), TextLimits.FUNCTION);
        body.setHelperText(Texts.t("agreement.approve.bodyHelp"));
        DatePicker date = Fields.date(Texts.t("agreement.approve.date"), null);
        Fields.requiredText(binder, number, number.getLabel(), f -> f.number, (f, v) -> f.number = v);
        Fields.requiredText(binder, body, body.getLabel(), f -> f.body, (f, v) -> f.body = v);
        Fields.requiredDate(binder, date, f -> f.date, (f, v) -> f.date = v);
        addField(number, 1);
        addField(date, 1);
        addField(body, 2);
        bind();
    }

    @Override
    protected String perform() {
        page.useCases().approve().approve(new ApproveAgreementCommand(page.details().id(), page.details().version(),
                new Deliberation(form.number, form.body, form.date)));
        return Texts.t("agreement.approve.done", form.number, Formats.date(form.date));
    }
}
