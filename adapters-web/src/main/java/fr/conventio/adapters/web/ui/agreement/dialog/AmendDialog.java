package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.common.AmountField;
import fr.conventio.adapters.web.ui.common.RateField;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.application.lifecycle.AmendAgreementCommand;
import fr.conventio.application.lifecycle.AmendAgreementResult;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.domain.agreement.AmendmentRequest;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.settlement.KeepUnspentClause;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.DatePeriod;
import fr.conventio.domain.shared.Rate;
import fr.conventio.domain.shared.TextLimits;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Concludes an amendment (M1): its date, its object, and what it changes — the subsidy (amount and
 * split), the forecast budget, the payment terms (advance rate), the funder's signatory, the operation period (D4),
 * the keep-unspent clause (A4) or another clause. The Article 1 objectives and the beneficiary are not offered: no amendment can change them
 * (M1, P3).
 */
public final class AmendDialog extends ActionDialog<AmendDialog.Form> {

    /** This opening of the dialog: every submission until one succeeds carries it, so that a replay records once. */
    private final SubmissionKey submission = SubmissionKey.newKey();

    static final class Form {
        LocalDate date;
        String description;
        boolean subsidy;
        Amount votedAmount;
        final Map<BudgetLineId, Amount> split = new LinkedHashMap<>();
        boolean budget;
        Amount eligibleExpenses;
        boolean terms;
        Rate advanceRate;
        boolean signatory;
        String signatoryName;
        String signatoryFunction;
        String signatoryDelegation;
        boolean other;
        String otherChange;
        boolean period;
        LocalDate operationStart;
        LocalDate operationEnd;
        boolean clause;
        KeepUnspentClause.Kind clauseKind;
        Rate clauseRate;
        Amount clauseAmount;
    }

    /** The live total of the split typed (the sum of the line fields), beside the new subsidy (B3: they must agree). */
    private final com.vaadin.flow.component.html.Span splitTotal = new com.vaadin.flow.component.html.Span();
    private final List<AmountField> lineFields = new ArrayList<>();
    private AmountField votedField;

    public AmendDialog(AgreementPage page) {
        super(page, Texts.t("agreement.amend.title"), Texts.t("agreement.amend.submit"), new Form());
        AgreementDetails d = page.details();
        DatePicker date = Fields.date(Texts.t("agreement.amend.date"), page.today());
        Fields.requiredDate(binder, date, f -> f.date, (f, v) -> f.date = v);
        TextArea description = Fields.area(Texts.t("agreement.amend.description"), TextLimits.DESCRIPTION);
        Fields.requiredText(binder, description, description.getLabel(), f -> f.description, (f, v) -> f.description = v);
        addField(date, 1);
        addField(description, 2);
        addField(new Paragraph(Texts.t("agreement.amend.notOffered")), 2);

        FormLayout subsidy = section();
        AmountField voted = Fields.amount(Texts.t("agreement.amend.subsidy"));
        voted.setId("amend-subsidy");
        binder.forField(voted).withConverter(voted.converter()).bind(f -> f.votedAmount, (f, v) -> f.votedAmount = v);
        subsidy.add(voted, 2);
        int index = 0;
        for (SubsidyAllocation allocation : d.subsidy().split()) {
            AmountField line = Fields.amount(Texts.t("agreement.amend.line",
                    allocation.label() == null ? Texts.t("agreement.budget.line") + " " + (index + 1) : allocation.label()));
            line.setId("amend-line-" + index++);
            BudgetLineId id = allocation.budgetLineId();
            binder.forField(line).withConverter(line.converter()).bind(f -> f.split.get(id), (f, v) -> f.split.put(id, v));
            line.addValueChangeListener(change -> showSplitTotal());
            lineFields.add(line);
            subsidy.add(line);
        }
        votedField = voted;
        voted.addValueChangeListener(change -> showSplitTotal());
        splitTotal.setId("amend-split-total");
        splitTotal.getElement().setAttribute("aria-live", "polite");
        subsidy.add(splitTotal, 2);
        toggle(Texts.t("agreement.amend.changes.subsidy"), "amend-change-subsidy", subsidy, (f, v) -> f.subsidy = v);

        FormLayout budget = section();
        AmountField eligible = Fields.amount(Texts.t("agreement.amend.eligible"));
        eligible.setId("amend-eligible");
        binder.forField(eligible).withConverter(eligible.converter()).bind(f -> f.eligibleExpenses, (f, v) -> f.eligibleExpenses = v);
        budget.add(eligible);
        toggle(Texts.t("agreement.amend.changes.budget"), "amend-change-budget", budget, (f, v) -> f.budget = v);

        FormLayout terms = section();
        RateField rate = Fields.rate(Texts.t("agreement.amend.advanceRate"));
        rate.setId("amend-advance-rate");
        binder.forField(rate).withConverter(rate.converter()).bind(f -> f.advanceRate, (f, v) -> f.advanceRate = v);
        terms.add(rate);
        toggle(Texts.t("agreement.amend.changes.terms"), "amend-change-terms", terms, (f, v) -> f.terms = v);

        FormLayout signatory = section();
        TextField name = Fields.text(Texts.t("agreement.amend.signatoryName"), TextLimits.NAME);
        TextField function = Fields.text(Texts.t("agreement.amend.signatoryFunction"), TextLimits.FUNCTION);
        TextField delegation = Fields.text(Texts.t("agreement.amend.signatoryDelegation"), TextLimits.DELEGATION);
        binder.forField(name).bind(f -> f.signatoryName, (f, v) -> f.signatoryName = v);
        binder.forField(function).bind(f -> f.signatoryFunction, (f, v) -> f.signatoryFunction = v);
        binder.forField(delegation).bind(f -> f.signatoryDelegation, (f, v) -> f.signatoryDelegation = v);
        signatory.add(name, function, delegation);
        toggle(Texts.t("agreement.amend.changes.signatory"), "amend-change-signatory", signatory, (f, v) -> f.signatory = v);

        FormLayout period = section();
        DatePicker operationStart = Fields.date(Texts.t("draft.operation.start"), d.operationTerms().operationPeriod().start());
        operationStart.setId("amend-operation-start");
        DatePicker operationEnd = Fields.date(Texts.t("draft.operation.end"), d.operationTerms().operationPeriod().end());
        operationEnd.setId("amend-operation-end");
        binder.forField(operationStart).bind(f -> f.operationStart, (f, v) -> f.operationStart = v);
        binder.forField(operationEnd)
                .withValidator(end -> end == null || form.operationStart == null || !end.isBefore(form.operationStart),
                        Texts.t("draft.operation.end.beforeStart"))
                .bind(f -> f.operationEnd, (f, v) -> f.operationEnd = v);
        period.add(operationStart, operationEnd);
        toggle(Texts.t("agreement.amend.changes.period"), "amend-change-period", period, (f, v) -> f.period = v);

        FormLayout clause = section();
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<KeepUnspentClause.Kind> clauseKind =
                new com.vaadin.flow.component.radiobutton.RadioButtonGroup<>(Texts.t("draft.keepUnspent.kind"));
        clauseKind.setId("amend-keep-unspent-kind");
        clauseKind.setItems(KeepUnspentClause.Kind.values());
        clauseKind.setItemLabelGenerator(kind -> Texts.t("draft.keepUnspent.kind." + kind.name()));
        RateField clauseRate = Fields.rate(Texts.t("draft.keepUnspent.rate"));
        clauseRate.setId("amend-keep-unspent-rate");
        AmountField clauseAmount = Fields.amount(Texts.t("draft.keepUnspent.amount"));
        clauseAmount.setId("amend-keep-unspent-amount");
        binder.forField(clauseKind).bind(f -> f.clauseKind, (f, v) -> f.clauseKind = v);
        binder.forField(clauseRate).withConverter(clauseRate.converter()).bind(f -> f.clauseRate, (f, v) -> f.clauseRate = v);
        binder.forField(clauseAmount).withConverter(clauseAmount.converter()).bind(f -> f.clauseAmount, (f, v) -> f.clauseAmount = v);
        clauseKind.addValueChangeListener(change -> {
            clauseRate.setVisible(change.getValue() == KeepUnspentClause.Kind.RATE);
            clauseAmount.setVisible(change.getValue() == KeepUnspentClause.Kind.AMOUNT);
        });
        clause.add(clauseKind, 2);
        clause.add(clauseRate, clauseAmount);
        toggle(Texts.t("agreement.amend.changes.clause"), "amend-change-clause", clause, (f, v) -> f.clause = v);

        FormLayout other = section();
        TextArea otherChange = Fields.area(Texts.t("agreement.amend.other"), TextLimits.DESCRIPTION);
        binder.forField(otherChange).bind(f -> f.otherChange, (f, v) -> f.otherChange = v);
        other.add(otherChange, 2);
        toggle(Texts.t("agreement.amend.changes.other"), "amend-change-other", other, (f, v) -> f.other = v);

        bind();
        voted.setNumber(d.subsidy().votedAmount());
        d.subsidy().split().forEach(a -> form.split.put(a.budgetLineId(), a.amount()));
        binder.refreshFields();
        showSplitTotal();
        eligible.setNumber(d.forecastBudget().eligibleExpenses());
        rate.setNumber(d.paymentTerms().advanceRate());
        name.setValue(d.signatory().name());
        function.setValue(d.signatory().function());
        delegation.setValue(d.signatory().delegation() == null ? "" : d.signatory().delegation());
        operationStart.setValue(d.operationTerms().operationPeriod().start());
        operationEnd.setValue(d.operationTerms().operationPeriod().end());
        KeepUnspentClause inForce = d.operationTerms().keepUnspentClause();
        clauseKind.setValue(inForce.kind());
        if (inForce.rate() != null) {
            clauseRate.setNumber(inForce.rate());
        }
        if (inForce.amount() != null) {
            clauseAmount.setNumber(inForce.amount());
        }
        clauseRate.setVisible(inForce.kind() == KeepUnspentClause.Kind.RATE);
        clauseAmount.setVisible(inForce.kind() == KeepUnspentClause.Kind.AMOUNT);
    }

    /** "Total réparti : 70 000,00 € — subvention : 70 000,00 €", and whether they agree, from what is typed now. */
    private void showSplitTotal() {
        Amount total = Amount.sum(lineFields.stream().map(AmountField::number).flatMap(Optional::stream).toList());
        Amount voted = votedField == null ? null : votedField.number().orElse(null);
        boolean agree = voted != null && voted.equals(total);
        splitTotal.setText(Texts.t(agree ? "agreement.amend.splitTotal.agrees" : "agreement.amend.splitTotal.differs", Formats.amount(total),
                voted == null ? HistoryFormat.NONE : Formats.amount(voted)));
        splitTotal.getStyle().set("color", agree ? null : "var(--lumo-error-text-color)");
    }

    /** An amendment that changes the subsidy is confirmed with what it changes, old → new. */
    @Override
    protected Optional<Confirmation> confirmation() {
        if (!form.subsidy) {
            return Optional.empty();
        }
        AgreementDetails d = page.details();
        List<String> changes = new ArrayList<>();
        changes.add(Texts.t("agreement.amend.confirm.subsidy", Formats.amount(d.subsidy().votedAmount()), Formats.amount(form.votedAmount)));
        for (SubsidyAllocation allocation : d.subsidy().split()) {
            Amount now = form.split.get(allocation.budgetLineId());
            if (now != null && !now.equals(allocation.amount())) {
                changes.add(Texts.t("agreement.amend.confirm.line", allocation.label() == null ? Texts.t("agreement.budget.line") : allocation.label(),
                        Formats.amount(allocation.amount()), Formats.amount(now)));
            }
        }
        if (form.budget && form.eligibleExpenses != null) {
            changes.add(Texts.t("agreement.amend.confirm.eligible", Formats.amount(d.forecastBudget().eligibleExpenses()),
                    Formats.amount(form.eligibleExpenses)));
        }
        if (form.terms) {
            changes.add(Texts.t("agreement.amend.changes.terms"));
        }
        if (form.signatory) {
            changes.add(Texts.t("agreement.amend.changes.signatory"));
        }
        if (form.other) {
            changes.add(Texts.t("agreement.amend.changes.other"));
        }
        return Optional.of(new Confirmation(Texts.t("agreement.amend.confirmTitle"),
                Texts.t("agreement.amend.confirm", d.reference(), Formats.date(form.date), String.join(" ; ", changes)),
                Texts.t("agreement.amend.submit")));
    }

    private FormLayout section() {
        FormLayout section = new FormLayout();
        section.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        section.setVisible(false);
        section.addClassName("amend-section");
        return section;
    }

    private void toggle(String label, String id, FormLayout section, java.util.function.BiConsumer<Form, Boolean> setter) {
        Checkbox box = new Checkbox(label);
        box.setId(id);
        box.addValueChangeListener(change -> {
            setter.accept(form, change.getValue());
            section.setVisible(change.getValue());
        });
        addField(box, 2);
        addField(section, 2);
    }

    @Override
    protected Optional<String> crossCheck() {
        if (!form.subsidy && !form.budget && !form.terms && !form.signatory && !form.other && !form.period && !form.clause) {
            return Optional.of(Texts.t("agreement.amend.nothing"));
        }
        List<String> missing = new ArrayList<>();
        if (form.subsidy && (form.votedAmount == null || form.split.values().stream().anyMatch(a -> a == null))) {
            missing.add(Texts.t("agreement.amend.changes.subsidy"));
        }
        if (form.budget && form.eligibleExpenses == null) {
            missing.add(Texts.t("agreement.amend.changes.budget"));
        }
        if (form.terms && form.advanceRate == null) {
            missing.add(Texts.t("agreement.amend.changes.terms"));
        }
        if (form.signatory && (blank(form.signatoryName) || blank(form.signatoryFunction))) {
            missing.add(Texts.t("agreement.amend.changes.signatory"));
        }
        if (form.other && blank(form.otherChange)) {
            missing.add(Texts.t("agreement.amend.changes.other"));
        }
        if (form.period && (form.operationStart == null || form.operationEnd == null)) {
            missing.add(Texts.t("agreement.amend.changes.period"));
        }
        if (form.clause && (form.clauseKind == null || (form.clauseKind == KeepUnspentClause.Kind.RATE && form.clauseRate == null)
                || (form.clauseKind == KeepUnspentClause.Kind.AMOUNT && form.clauseAmount == null))) {
            missing.add(Texts.t("agreement.amend.changes.clause"));
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(Texts.t("agreement.amend.incomplete", String.join(", ", missing)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    @Override
    protected String perform() {
        AgreementDetails d = page.details();
        AmendmentRequest request = AmendmentRequest.of(form.date, form.description);
        if (form.subsidy) {
            List<SubsidyAllocation> split = new ArrayList<>();
            for (SubsidyAllocation allocation : d.subsidy().split()) {
                Amount amount = form.split.get(allocation.budgetLineId());
                if (amount != null && !amount.isZero()) {
                    split.add(SubsidyAllocation.of(allocation.budgetLineId(), allocation.label(), amount));
                }
            }
            request = request.withSubsidy(new Subsidy(form.votedAmount, split));
        }
        if (form.budget) {
            request = request.withForecastBudget(new ForecastBudget(form.eligibleExpenses, d.forecastBudget().financingPlan(),
                    d.forecastBudget().inKindContributions()));
        }
        if (form.terms) {
            request = request.withPaymentTerms(d.paymentTerms().withAdvanceRate(form.advanceRate));
        }
        if (form.signatory) {
            request = request.withSignatory(new Signatory(null, form.signatoryName, form.signatoryFunction, form.signatoryDelegation));
        }
        if (form.other) {
            request = request.withOtherChange(form.otherChange);
        }
        if (form.period) {
            request = request.withOperationPeriod(new DatePeriod(form.operationStart, form.operationEnd));
        }
        if (form.clause) {
            request = request.withKeepUnspentClause(switch (form.clauseKind) {
                case NONE -> KeepUnspentClause.none();
                case RATE -> KeepUnspentClause.rate(form.clauseRate);
                case AMOUNT -> KeepUnspentClause.amount(form.clauseAmount);
            });
        }
        AmendAgreementResult result = page.useCases().amend().amend(new AmendAgreementCommand(d.id(), d.version(), request, submission));
        return Texts.t("agreement.amend.done", String.valueOf(result.amendmentNumber()), Formats.date(form.date));
    }
}
