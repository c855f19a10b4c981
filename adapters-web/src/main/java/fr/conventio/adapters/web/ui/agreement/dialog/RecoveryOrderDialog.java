package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.application.settlement.IssueRecoveryOrderCommand;
import fr.conventio.application.settlement.IssueRecoveryOrderResult;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.shared.Amount;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Issues a recovery order (A2) for exactly what the association owes on a ground: pre-filled with the
 * amount the read model says is still to recover and the ground that fits the agreement's state.
 */
public final class RecoveryOrderDialog extends ActionDialog<RecoveryOrderDialog.Form> {

    static final class Form {
        RecoveryGround ground;
        Amount amount;
        LocalDate issuedOn;
    }

    public RecoveryOrderDialog(AgreementPage page) {
        super(page, Texts.t("agreement.recovery.title"), Texts.t("agreement.recovery.submit"), new Form());
        AgreementDetails d = page.details();
        Select<RecoveryGround> ground = new Select<>();
        ground.setLabel(Texts.t("agreement.recovery.ground"));
        ground.setItems(RecoveryGround.values());
        ground.setItemLabelGenerator(g -> Texts.t("agreement.recovery.ground." + g.name()));
        binder.forField(ground).asRequired(Texts.t("agreement.field.required", ground.getLabel())).bind(f -> f.ground, (f, v) -> f.ground = v);
        BigDecimalField amount = Fields.amount(Texts.t("agreement.recovery.amount"));
        amount.setId("recovery-amount");
        amount.setHelperText(Texts.t("agreement.recovery.amountHelp", Formats.amount(d.amountToRecover())));
        Fields.requiredAmount(binder, amount, f -> f.amount, (f, v) -> f.amount = v);
        DatePicker issuedOn = Fields.date(Texts.t("agreement.recovery.date"), page.today());
        Fields.requiredDate(binder, issuedOn, f -> f.issuedOn, (f, v) -> f.issuedOn = v);
        addField(ground, 2);
        addField(amount, 1);
        addField(issuedOn, 1);
        bind();
        ground.setValue(d.status() == AgreementStatus.TERMINATED ? RecoveryGround.TERMINATION_RESTITUTION
                : d.settlement() != null ? RecoveryGround.OVERPAYMENT : RecoveryGround.FUNDING_DECISION);
        amount.setValue(d.amountToRecover().value());
    }

    @Override
    protected Optional<Confirmation> confirmation() {
        return Optional.of(new Confirmation(Texts.t("agreement.recovery.confirmTitle"),
                Texts.t("agreement.recovery.confirm", Formats.amount(form.amount), Texts.t("agreement.recovery.ground." + form.ground.name()),
                        page.details().associationName(), Formats.date(form.issuedOn)),
                Texts.t("agreement.recovery.submit")));
    }

    @Override
    protected String perform() {
        IssueRecoveryOrderResult result = page.useCases().issueRecoveryOrder().issue(new IssueRecoveryOrderCommand(page.details().id(),
                page.details().version(), form.ground, form.amount, form.issuedOn));
        return Texts.t("agreement.recovery.done", result.number().toString(), Formats.amount(form.amount));
    }
}
