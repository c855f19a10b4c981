package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.application.lifecycle.RecordThirdPartyDelegationCommand;
import fr.conventio.domain.shared.TextLimits;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.LocalDate;

/** Records the funder's agreement to entrust all or part of the actions to a third party (P4). */
public final class DelegationDialog extends ActionDialog<DelegationDialog.Form> {

    /** This opening of the dialog: every submission until one succeeds carries it, so that a replay records once. */
    private final SubmissionKey submission = SubmissionKey.newKey();

    static final class Form {
        String description;
        LocalDate agreedOn;
    }

    public DelegationDialog(AgreementPage page) {
        super(page, Texts.t("agreement.delegation.title"), Texts.t("agreement.delegation.submit"), new Form());
        TextArea description = Fields.area(Texts.t("agreement.delegation.description"), TextLimits.DESCRIPTION);
        DatePicker date = Fields.date(Texts.t("agreement.delegation.date"), page.today());
        Fields.requiredText(binder, description, description.getLabel(), f -> f.description, (f, v) -> f.description = v);
        Fields.requiredDate(binder, date, f -> f.agreedOn, (f, v) -> f.agreedOn = v);
        addField(description, 2);
        addField(date, 1);
        bind();
    }

    @Override
    protected String perform() {
        page.useCases().recordThirdPartyDelegation().record(new RecordThirdPartyDelegationCommand(page.details().id(),
                page.details().version(), form.description, form.agreedOn, submission));
        return Texts.t("agreement.delegation.done", Formats.date(form.agreedOn));
    }
}
