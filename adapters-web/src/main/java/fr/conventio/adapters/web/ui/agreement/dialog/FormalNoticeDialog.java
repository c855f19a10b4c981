package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.application.termination.SendFormalNoticeCommand;
import fr.conventio.application.termination.SendFormalNoticeResult;
import fr.conventio.domain.termination.Party;
import fr.conventio.domain.shared.TextLimits;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;

/** Records a formal notice (mise en demeure) sent by registered letter for a breach (T1). */
public final class FormalNoticeDialog extends ActionDialog<FormalNoticeDialog.Form> {

    /** This opening of the dialog: every submission until one succeeds carries it, so that a replay records once. */
    private final SubmissionKey submission = SubmissionKey.newKey();

    static final class Form {
        Party sentBy;
        LocalDate sentOn;
        String letter;
        String breach;
    }

    public FormalNoticeDialog(AgreementPage page) {
        super(page, Texts.t("agreement.notice.title"), Texts.t("agreement.notice.submit"), new Form());
        Select<Party> sentBy = new Select<>();
        sentBy.setLabel(Texts.t("agreement.notice.sentBy"));
        sentBy.setItems(Party.values());
        sentBy.setItemLabelGenerator(p -> Texts.t("agreement.party." + p.name()));
        binder.forField(sentBy).asRequired(Texts.t("agreement.field.required", sentBy.getLabel())).bind(f -> f.sentBy, (f, v) -> f.sentBy = v);
        DatePicker sentOn = Fields.date(Texts.t("agreement.notice.sentOn"), page.today());
        Fields.requiredDate(binder, sentOn, f -> f.sentOn, (f, v) -> f.sentOn = v);
        TextField letter = Fields.text(Texts.t("agreement.notice.letter"), TextLimits.REFERENCE);
        Fields.requiredText(binder, letter, letter.getLabel(), f -> f.letter, (f, v) -> f.letter = v);
        TextArea breach = Fields.area(Texts.t("agreement.notice.breach"), TextLimits.REASON);
        Fields.requiredText(binder, breach, breach.getLabel(), f -> f.breach, (f, v) -> f.breach = v);
        addField(sentBy, 1);
        addField(sentOn, 1);
        addField(letter, 2);
        addField(breach, 2);
        bind();
        sentBy.setValue(Party.FUNDER);
    }

    @Override
    protected String perform() {
        SendFormalNoticeResult result = page.useCases().sendFormalNotice().send(new SendFormalNoticeCommand(page.details().id(),
                page.details().version(), form.sentBy, form.sentOn, form.letter, form.breach, submission));
        return Texts.t("agreement.notice.done", String.valueOf(result.noticeNumber()), Formats.date(result.earliestTerminationDate()));
    }
}
