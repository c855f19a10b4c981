package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.application.control.RecordEvaluationMeetingCommand;
import fr.conventio.domain.control.MeetingKind;
import fr.conventio.domain.shared.TextLimits;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.LocalDate;

/** Records a follow-up (O8) or evaluation (O9) meeting held with the association. */
public final class MeetingDialog extends ActionDialog<MeetingDialog.Form> {

    /** This opening of the dialog: every submission until one succeeds carries it, so that a replay records once. */
    private final SubmissionKey submission = SubmissionKey.newKey();

    static final class Form {
        MeetingKind kind;
        LocalDate heldOn;
        String summary;
    }

    public MeetingDialog(AgreementPage page) {
        super(page, Texts.t("agreement.meeting.title"), Texts.t("agreement.meeting.submit"), new Form());
        Select<MeetingKind> kind = new Select<>();
        kind.setLabel(Texts.t("agreement.meeting.kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> Texts.t("agreement.meeting.kind." + k.name()));
        binder.forField(kind).asRequired(Texts.t("agreement.field.required", kind.getLabel())).bind(f -> f.kind, (f, v) -> f.kind = v);
        DatePicker heldOn = Fields.date(Texts.t("agreement.meeting.date"), page.today());
        Fields.requiredDate(binder, heldOn, f -> f.heldOn, (f, v) -> f.heldOn = v);
        TextArea summary = Fields.area(Texts.t("agreement.meeting.summary"), TextLimits.SUMMARY);
        Fields.requiredText(binder, summary, summary.getLabel(), f -> f.summary, (f, v) -> f.summary = v);
        addField(kind, 1);
        addField(heldOn, 1);
        addField(summary, 2);
        bind();
        kind.setValue(MeetingKind.FOLLOW_UP);
    }

    @Override
    protected String perform() {
        page.useCases().recordMeeting().record(new RecordEvaluationMeetingCommand(page.details().id(), page.details().version(),
                form.kind, form.heldOn, form.summary, submission));
        return Texts.t("agreement.meeting.done", Texts.t("agreement.meeting.kind." + form.kind.name()), Formats.date(form.heldOn));
    }
}
