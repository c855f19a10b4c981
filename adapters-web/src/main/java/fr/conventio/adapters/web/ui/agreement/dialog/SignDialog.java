package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.lifecycle.SignAgreementCommand;
import fr.conventio.application.lifecycle.SignAgreementResult;
import fr.conventio.application.reading.AgreementDetails;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

/** Records the signature: commits the subsidy on the budget lines (B4) and creates the obligations (O1–O10). */
public final class SignDialog extends ActionDialog<SignDialog.Form> {

    static final class Form {
        LocalDate date;
    }

    public SignDialog(AgreementPage page) {
        super(page, Texts.t("agreement.sign.title"), Texts.t("agreement.sign.submit"), new Form());
        SignatureWarnings.panel(page, "sign-signature-warning").ifPresent(warning -> addField(warning, 2));
        DatePicker date = Fields.date(Texts.t("agreement.sign.date"), page.today());
        Fields.requiredPastDate(binder, date, page.today(), f -> f.date, (f, v) -> f.date = v);
        addField(date, 1);
        addField(new Paragraph(Texts.t("agreement.sign.explain")), 2);
        showRefusalsOn(date, SignAgreementCommand.SIGNATURE_DATE);
        bind();
    }

    @Override
    protected Optional<Confirmation> confirmation() {
        AgreementDetails d = page.details();
        String split = d.subsidy().split().stream()
                .map(a -> Formats.amount(a.amount()) + " — " + (a.label() == null ? Texts.t("agreement.budget.line") : a.label()))
                .collect(Collectors.joining(" ; "));
        return Optional.of(new Confirmation(Texts.t("agreement.sign.confirmTitle"),
                Texts.t("agreement.sign.confirm", d.reference(), Formats.date(form.date), Formats.amount(d.subsidy().votedAmount()), split),
                Texts.t("agreement.sign.submit")));
    }

    @Override
    protected String perform() {
        SignAgreementResult result = page.useCases().sign().sign(new SignAgreementCommand(page.details().id(), page.details().version(),
                form.date));
        return Texts.t("agreement.sign.done", Formats.date(form.date), String.valueOf(result.obligations().size()));
    }
}
