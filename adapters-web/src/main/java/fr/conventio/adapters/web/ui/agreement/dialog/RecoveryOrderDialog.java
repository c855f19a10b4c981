package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.common.AmountField;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.application.settlement.IssueRecoveryOrderCommand;
import fr.conventio.application.settlement.IssueRecoveryOrderResult;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.shared.Amount;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issues a recovery order (A2) for exactly what the association owes on a ground: the grounds offered are
 * those on which the account says something is owed and not claimed yet, and the amount is pre-filled with
 * what is owed on the ground chosen.
 */
public final class RecoveryOrderDialog extends ActionDialog<RecoveryOrderDialog.Form> {

    /** This opening of the dialog: every submission until one succeeds carries it, so that a replay records once. */
    private final SubmissionKey submission = SubmissionKey.newKey();

    static final class Form {
        RecoveryGround ground;
        Amount amount;
        LocalDate issuedOn;
    }

    public RecoveryOrderDialog(AgreementPage page) {
        super(page, Texts.t("agreement.recovery.title"), Texts.t("agreement.recovery.submit"), new Form());
        Map<RecoveryGround, Amount> outstanding = page.details().outstanding();
        List<RecoveryGround> grounds = Arrays.stream(RecoveryGround.values()).filter(outstanding::containsKey).toList();
        Select<RecoveryGround> ground = new Select<>();
        ground.setLabel(Texts.t("agreement.recovery.ground"));
        ground.setItems(grounds.isEmpty() ? List.of(RecoveryGround.values()) : grounds);
        ground.setItemLabelGenerator(g -> Texts.t("agreement.recovery.ground." + g.name()));
        binder.forField(ground).asRequired(Texts.t("agreement.field.required", ground.getLabel())).bind(f -> f.ground, (f, v) -> f.ground = v);
        AmountField amount = Fields.amount(Texts.t("agreement.recovery.amount"));
        amount.setId("recovery-amount");
        Fields.requiredAmount(binder, amount, f -> f.amount, (f, v) -> f.amount = v);
        DatePicker issuedOn = Fields.date(Texts.t("agreement.recovery.date"), page.today());
        Fields.requiredDate(binder, issuedOn, f -> f.issuedOn, (f, v) -> f.issuedOn = v);
        addField(ground, 2);
        addField(amount, 1);
        addField(issuedOn, 1);
        bind();
        ground.addValueChangeListener(change -> {
            Amount owed = change.getValue() == null ? Amount.ZERO : outstanding.getOrDefault(change.getValue(), Amount.ZERO);
            amount.setHelperText(Texts.t("agreement.recovery.amountHelp", Formats.amount(owed)));
            amount.setNumber(owed);
        });
        if (!grounds.isEmpty()) {
            ground.setValue(grounds.getFirst());
        }
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
                page.details().version(), form.ground, form.amount, form.issuedOn, submission));
        return Texts.t("agreement.recovery.done", result.number().toString(), Formats.amount(form.amount));
    }
}
