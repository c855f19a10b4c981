package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.termination.RecordNoticeRemedyCommand;
import fr.conventio.domain.termination.FormalNotice;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Records that the breach of a formal notice was remedied (it no longer allows a termination). */
public final class NoticeRemedyDialog extends ActionDialog<NoticeRemedyDialog.Form> {

    static final class Form {
        Integer number;
        LocalDate remediedOn;
    }

    public NoticeRemedyDialog(AgreementPage page, Integer number) {
        super(page, Texts.t("agreement.remedy.title"), Texts.t("agreement.remedy.submit"), new Form());
        List<FormalNotice> notices = page.details().formalNotices();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < notices.size(); i++) {
            if (!notices.get(i).isRemedied()) {
                open.add(i + 1);
            }
        }
        Select<Integer> notice = new Select<>();
        notice.setLabel(Texts.t("agreement.remedy.notice"));
        notice.setItems(open);
        notice.setItemLabelGenerator(n -> Texts.t("agreement.remedy.noticeItem", String.valueOf(n),
                Formats.date(notices.get(n - 1).sentOn()), notices.get(n - 1).breach()));
        binder.forField(notice).asRequired(Texts.t("agreement.field.required", notice.getLabel())).bind(f -> f.number, (f, v) -> f.number = v);
        DatePicker date = Fields.date(Texts.t("agreement.remedy.date"), page.today());
        Fields.requiredDate(binder, date, f -> f.remediedOn, (f, v) -> f.remediedOn = v);
        addField(notice, 2);
        addField(date, 1);
        bind();
        notice.setValue(number != null ? number : open.isEmpty() ? null : open.getFirst());
    }

    @Override
    protected String perform() {
        page.useCases().recordNoticeRemedy().record(new RecordNoticeRemedyCommand(page.details().id(), page.details().version(),
                form.number, form.remediedOn));
        return Texts.t("agreement.remedy.done", String.valueOf(form.number), Formats.date(form.remediedOn));
    }
}
