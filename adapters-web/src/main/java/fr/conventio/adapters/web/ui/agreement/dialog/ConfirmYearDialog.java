package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.multiyear.ConfirmAgreementYearCommand;
import fr.conventio.application.multiyear.ConfirmAgreementYearUseCase;
import fr.conventio.application.multiyear.MultiYearPlanView;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.multiyear.ConfirmationKind;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.Optional;

/**
 * D5: confirms the next year of a CPO once its budget is adopted, by a yearly notification or a financial amendment:
 * that year's agreement (reference « -A2 »...) is signed on the date given and its amount committed (B4).
 */
public final class ConfirmYearDialog extends ActionDialog<ConfirmYearDialog.Form> {

    static final class Form {
        LocalDate date;
        ConfirmationKind kind = ConfirmationKind.YEARLY_NOTIFICATION;
    }

    private final ConfirmAgreementYearUseCase confirm;
    private final MultiYearPlanView plan;
    private final MultiYearPlanView.Year year;
    /** One key for the dialog: a repeated submission creates one yearly agreement. */
    private final SubmissionKey submission = SubmissionKey.newKey();

    public ConfirmYearDialog(AgreementPage page, ConfirmAgreementYearUseCase confirm, MultiYearPlanView plan) {
        super(page, Texts.t("multiyear.confirm.title", plan.nextToConfirm().toString()), Texts.t("multiyear.confirm.submit"), new Form());
        this.confirm = confirm;
        this.plan = plan;
        this.year = plan.years().stream().filter(y -> y.budgetYear().equals(plan.nextToConfirm())).findFirst().orElseThrow();
        DatePicker date = Fields.date(Texts.t("multiyear.confirm.date"), page.today());
        date.setId("multiyear-confirm-date");
        Fields.requiredPastDate(binder, date, page.today(), f -> f.date, (f, v) -> f.date = v);
        addField(date, 1);
        RadioButtonGroup<ConfirmationKind> kind = new RadioButtonGroup<>(Texts.t("multiyear.confirm.kind"));
        kind.setItems(ConfirmationKind.values());
        kind.setItemLabelGenerator(k -> Texts.t("multiyear.kind." + k.name()));
        kind.setId("multiyear-confirm-kind");
        binder.forField(kind).asRequired(Texts.t("agreement.field.required", Texts.t("multiyear.confirm.kind")))
                .bind(f -> f.kind, (f, v) -> f.kind = v);
        addField(kind, 1);
        boolean last = year.rank() == plan.lastYear().rank();
        String explain = !plan.settlesOnceAtEnd() ? "multiyear.confirm.explain"
                : last ? "multiyear.confirm.explainLastOnceAtEnd" : "multiyear.confirm.explainOnceAtEnd";
        addField(new Paragraph(Texts.t(explain, year.budgetYear().toString(), Formats.amount(year.amount()))), 2);
        showRefusalsOn(date, ConfirmAgreementYearCommand.CONFIRMATION_DATE, "date de confirmation");
        bind();
    }

    @Override
    protected Optional<Confirmation> confirmation() {
        return Optional.of(new Confirmation(Texts.t("multiyear.confirm.confirmTitle"),
                Texts.t("multiyear.confirm.confirm", year.budgetYear().toString(), plan.headReference(), Formats.date(form.date),
                        Texts.t("multiyear.kind." + form.kind.name()), Formats.amount(year.amount())),
                Texts.t("multiyear.confirm.submit")));
    }

    @Override
    protected String perform() {
        confirm.confirm(new ConfirmAgreementYearCommand(plan.headAgreementId(), year.budgetYear(), form.date, form.kind, submission));
        return Texts.t("multiyear.confirm.done", year.budgetYear().toString(), Formats.date(form.date));
    }
}
