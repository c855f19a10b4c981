package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.common.AmountField;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.application.control.FundingDecisionAction;
import fr.conventio.application.control.RecordFundingDecisionCommand;
import fr.conventio.application.control.RecordFundingDecisionResult;
import fr.conventio.application.reading.AgreementAction;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.domain.settlement.FundingDecisionCause;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.TextLimits;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A decision of the funder under Art. 4.4 (A3): suspend or resume the payments, reduce the subsidy,
 * reconsider the amount, demand repayment — with its cause, reason, amount and date. The use case
 * returns the subsidy in force and what becomes recoverable, shown once recorded.
 */
public final class FundingDecisionDialog extends ActionDialog<FundingDecisionDialog.Form> {

    /** This opening of the dialog: every submission until one succeeds carries it, so that a replay records once. */
    private final SubmissionKey submission = SubmissionKey.newKey();

    static final class Form {
        FundingDecisionAction action;
        FundingDecisionCause cause;
        String reason;
        Amount amount;
        LocalDate decidedOn;
    }

    public FundingDecisionDialog(AgreementPage page, FundingDecisionAction initial) {
        super(page, Texts.t("agreement.decision.title"), Texts.t("agreement.decision.submit"), new Form());
        AgreementDetails d = page.details();
        List<FundingDecisionAction> offered = new ArrayList<>();
        if (d.allows(AgreementAction.SUSPEND_PAYMENTS)) {
            offered.add(FundingDecisionAction.SUSPEND_PAYMENTS);
        }
        if (d.allows(AgreementAction.RESUME_PAYMENTS)) {
            offered.add(FundingDecisionAction.RESUME_PAYMENTS);
        }
        if (d.allows(AgreementAction.RECORD_FUNDING_DECISION)) {
            offered.addAll(List.of(FundingDecisionAction.REDUCE_SUBSIDY, FundingDecisionAction.RECONSIDER_AMOUNT,
                    FundingDecisionAction.DEMAND_REPAYMENT));
        }
        Select<FundingDecisionAction> action = new Select<>();
        action.setLabel(Texts.t("agreement.decision.action"));
        action.setItems(offered);
        action.setItemLabelGenerator(a -> Texts.t("agreement.decision.action." + a.name()));
        binder.forField(action).asRequired(Texts.t("agreement.field.required", action.getLabel())).bind(f -> f.action, (f, v) -> f.action = v);
        Select<FundingDecisionCause> cause = new Select<>();
        cause.setLabel(Texts.t("agreement.decision.cause"));
        cause.setItems(FundingDecisionCause.values());
        cause.setItemLabelGenerator(c -> Texts.t("agreement.decision.cause." + c.name()));
        binder.forField(cause).bind(f -> f.cause, (f, v) -> f.cause = v);
        TextArea reason = Fields.area(Texts.t("agreement.decision.reason"), TextLimits.REASON);
        binder.forField(reason).bind(f -> f.reason, (f, v) -> f.reason = v);
        AmountField amount = Fields.amount(Texts.t("agreement.decision.amount"));
        amount.setId("decision-amount");
        amount.setHelperText(Texts.t("agreement.decision.amountHelp", Formats.amount(d.subsidyInForce()), Formats.amount(d.totalPaid())));
        binder.forField(amount).withConverter(amount.converter()).bind(f -> f.amount, (f, v) -> f.amount = v);
        DatePicker date = Fields.date(Texts.t("agreement.decision.date"), page.today());
        Fields.requiredDate(binder, date, f -> f.decidedOn, (f, v) -> f.decidedOn = v);
        addField(action, 2);
        addField(cause, 1);
        addField(date, 1);
        addField(reason, 2);
        addField(amount, 1);
        bind();
        action.addValueChangeListener(change -> {
            boolean resume = change.getValue() == FundingDecisionAction.RESUME_PAYMENTS;
            boolean suspend = change.getValue() == FundingDecisionAction.SUSPEND_PAYMENTS;
            cause.setRequiredIndicatorVisible(!resume);
            reason.setRequiredIndicatorVisible(!resume);
            amount.setVisible(!resume && !suspend);
            amount.setRequiredIndicatorVisible(change.getValue() == FundingDecisionAction.REDUCE_SUBSIDY
                    || change.getValue() == FundingDecisionAction.DEMAND_REPAYMENT);
        });
        action.setValue(offered.contains(initial) ? initial : offered.isEmpty() ? null : offered.getFirst());
    }

    @Override
    protected Optional<String> crossCheck() {
        if (form.action != FundingDecisionAction.RESUME_PAYMENTS && (form.cause == null || form.reason == null || form.reason.isBlank())) {
            return Optional.of(Texts.t("agreement.decision.motivated"));
        }
        return Optional.empty();
    }

    @Override
    protected Optional<Confirmation> confirmation() {
        if (form.action == FundingDecisionAction.RESUME_PAYMENTS) {
            return Optional.empty();
        }
        AgreementDetails d = page.details();
        String amount = form.amount == null || form.action == FundingDecisionAction.SUSPEND_PAYMENTS ? Texts.t("agreement.decision.noAmount")
                : Formats.amount(form.amount);
        return Optional.of(new Confirmation(Texts.t("agreement.decision.confirmTitle"),
                Texts.t("agreement.decision.confirm", Texts.t("agreement.decision.action." + form.action.name()), amount,
                        Texts.t("agreement.decision.cause." + form.cause.name()), Formats.date(form.decidedOn),
                        Formats.amount(d.subsidyInForce()), Formats.amount(d.totalPaid())),
                Texts.t("agreement.decision.submit")));
    }

    @Override
    protected String perform() {
        Amount amount = form.action == FundingDecisionAction.SUSPEND_PAYMENTS || form.action == FundingDecisionAction.RESUME_PAYMENTS
                ? null : form.amount;
        RecordFundingDecisionResult result = page.useCases().recordFundingDecision().record(new RecordFundingDecisionCommand(
                page.details().id(), page.details().version(), form.action, form.cause, form.reason, amount, form.decidedOn, submission));
        return Texts.t("agreement.decision.done", Texts.t("agreement.decision.action." + form.action.name()),
                Formats.amount(result.subsidyInForce()), Formats.amount(result.amountToRecover()));
    }
}
