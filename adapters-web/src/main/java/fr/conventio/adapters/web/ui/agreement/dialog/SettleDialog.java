package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.common.AmountField;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.multiyear.MultiYearPlanView;
import fr.conventio.application.settlement.SettleAgreementCommand;
import fr.conventio.application.settlement.SettleAgreementResult;
import fr.conventio.domain.settlement.Settlement;
import fr.conventio.domain.shared.Amount;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Settles the subsidy on the real justified expenses (A1). The view computes nothing: the use case
 * returns the settlement (final subsidy, balance due or overpayment), told in the success message; the
 * Liquidation tab then shows the account as settled. Settling does not close the file (D2). Before confirming,
 * the dry run of the very same call gives the settlement to come, which the confirmation previews: final
 * subsidy, already paid, balance to pay or overpayment and the recovery order it calls for. With a keep-unspent
 * clause (A4) the preview also tells how the final subsidy is made: « pro rata 72 000,00 € + conservé 4 000,00 € =
 * 76 000,00 € ».
 *
 * <p>D5: on the last year's agreement of a CPO settled once at the end, settling settles the whole period: the helper,
 * the confirmation and the preview give the period's figures (the dry run returns the period's settlement: subsidy of
 * the period, forecast and paid over every year).
 */
public final class SettleDialog extends ActionDialog<SettleDialog.Form> {

    static final class Form {
        Amount realExpenses;
        LocalDate settledOn;
    }

    /** The settlement the last call of the use case returned (the dry run's, before the confirmation). */
    private Settlement lastOutcome;
    /** D5: the CPO whose whole period this agreement's settlement settles, if so. */
    private final Optional<MultiYearPlanView> period;

    public SettleDialog(AgreementPage page) {
        super(page, Texts.t("agreement.settle.title"), Texts.t("agreement.settle.submit"), new Form());
        this.period = page.multiYearPlan().filter(p -> p.settlesThePeriod(page.details().id()));
        AmountField real = Fields.amount(Texts.t("agreement.settle.real"));
        real.setId("settle-real");
        real.setHelperText(period.map(p -> Texts.t("agreement.settle.realHelpPeriod", Formats.amount(p.forecastTotal()),
                        p.firstYear().toString(), p.lastYear().budgetYear().toString()))
                .orElseGet(() -> Texts.t("agreement.settle.realHelp", Formats.amount(page.details().forecastBudget().eligibleExpenses()))));
        DatePicker date = Fields.date(Texts.t("agreement.settle.date"), page.today());
        Fields.requiredAmount(binder, real, f -> f.realExpenses, (f, v) -> f.realExpenses = v);
        Fields.requiredPastDate(binder, date, page.today(), f -> f.settledOn, (f, v) -> f.settledOn = v);
        addField(real, 1);
        addField(date, 1);
        showRefusalsOn(real, SettleAgreementCommand.REAL_EXPENSES);
        showRefusalsOn(date, SettleAgreementCommand.SETTLEMENT_DATE);
        addField(new Paragraph(Texts.t("agreement.settle.explain")), 2);
        period.ifPresent(p -> {
            Paragraph once = new Paragraph(periodText(p));
            once.setId("settle-period");
            addField(once, 2);
        });
        if (!page.details().operationTerms().keepUnspentClause().isNone()) {
            Paragraph clause = new Paragraph(Texts.t("agreement.settle.clause",
                    Texts.keepUnspent(page.details())));
            clause.setId("settle-keep-unspent");
            addField(clause, 2);
        }
        bind();
    }

    /** D5: that settling the last year's agreement settles the whole period, and on what (the period's forecast and subsidy). */
    public static String periodText(MultiYearPlanView plan) {
        return Texts.t("multiyear.settlement.period", plan.firstYear().toString(), plan.lastYear().budgetYear().toString(),
                Formats.amount(plan.forecastTotal()), Formats.amount(plan.confirmedTotal()));
    }

    @Override
    protected Optional<Confirmation> confirmation() {
        Settlement s = lastOutcome;
        if (period.isPresent() && s != null && s.realExpenses().equals(form.realExpenses)) {
            MultiYearPlanView p = period.get();
            return Optional.of(new Confirmation(Texts.t("agreement.settle.confirmTitle"),
                    Texts.t("agreement.settle.confirmPeriod", p.firstYear().toString(), p.lastYear().budgetYear().toString(),
                            page.details().reference(), Formats.amount(form.realExpenses),
                            Formats.amount(s.forecastExpenses()), Formats.date(form.settledOn), Formats.amount(s.votedSubsidy()),
                            String.valueOf(p.years().size()), Formats.amount(s.alreadyPaid())) + preview(),
                    Texts.t("agreement.settle.submit")));
        }
        return Optional.of(new Confirmation(Texts.t("agreement.settle.confirmTitle"),
                Texts.t("agreement.settle.confirm", page.details().reference(), Formats.amount(form.realExpenses),
                        Formats.amount(page.details().forecastBudget().eligibleExpenses()), Formats.date(form.settledOn),
                        Formats.amount(page.details().totalPaid())) + preview(),
                Texts.t("agreement.settle.submit")));
    }

    /** What the dry run found the settlement would be (empty when it could not be checked beforehand). */
    private String preview() {
        Settlement s = lastOutcome;
        if (s == null || !s.realExpenses().equals(form.realExpenses)) {
            return "";
        }
        String kept = s.kept().isZero() && page.details().operationTerms().keepUnspentClause().isNone() ? ""
                : " " + Texts.t("agreement.settle.previewKept", Formats.amount(s.proRataSubsidy()), Formats.amount(s.kept()),
                Formats.amount(s.finalSubsidy()));
        return kept + " " + (s.isOverpaid()
                ? Texts.t("agreement.settle.previewOverpaid", Formats.amount(s.finalSubsidy()), Formats.amount(s.alreadyPaid()),
                Formats.amount(s.overpayment()))
                : Texts.t("agreement.settle.previewBalance", Formats.amount(s.finalSubsidy()), Formats.amount(s.alreadyPaid()),
                Formats.amount(s.balanceDue())));
    }

    @Override
    protected String perform() {
        SettleAgreementResult result = page.useCases().settle().settle(new SettleAgreementCommand(page.details().id(), page.details().version(),
                form.realExpenses, form.settledOn));
        Settlement s = result.settlement();
        lastOutcome = s;
        String outcome = s.isOverpaid() ? Texts.t("agreement.settle.doneOverpaid", Formats.amount(s.finalSubsidy()), Formats.amount(s.overpayment()))
                : Texts.t("agreement.settle.doneBalance", Formats.amount(s.finalSubsidy()), Formats.amount(s.balanceDue()));
        String over = period.map(p -> Texts.t("multiyear.settle.done", p.firstYear().toString(),
                p.lastYear().budgetYear().toString()) + " ").orElse("");
        return over + outcome + " " + Texts.t("agreement.staysOpen");
    }
}
