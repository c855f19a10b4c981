package fr.conventio.adapters.web.ui.draft;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.adapters.web.ui.common.AmountField;
import fr.conventio.adapters.web.ui.draft.DraftFormData.FundingSourceData;
import fr.conventio.adapters.web.ui.draft.DraftFormData.InKindData;
import fr.conventio.domain.agreement.FundingSourceKind;
import fr.conventio.domain.agreement.InKindContributionKind;
import fr.conventio.domain.shared.Amount;
import fr.conventio.adapters.web.ui.common.TextInputs;
import fr.conventio.domain.shared.TextLimits;

/**
 * Step 3: the forecast budget (B1): total eligible expenses excluding VAT, the financing plan with its
 * live total and the gap to the expenses, the in-kind contributions with their live total.
 */
final class BudgetStep extends WizardStep {

    static final int MAX_LINES = 40;

    final AmountField eligibleExpenses;
    final EditableRows<FundingSourceData> financingPlan;
    final EditableRows<InKindData> inKind;
    final Span financingTotal = new Span();
    final Span financingGap = new Span();
    final Span inKindTotal = new Span();

    BudgetStep(DraftFormData data, Runnable onChange) {
        super(data, onChange);
        heading();
        eligibleExpenses = amountField("draft.budget.expenses");
        eligibleExpenses.setId("draft-expenses");
        eligibleExpenses.setWidth("22em"); // the label "Dépenses éligibles prévisionnelles (HT)" is cut at the default width
        eligibleExpenses.setHelperText(getTranslation("draft.budget.expenses.help"));
        binder.forField(eligibleExpenses).asRequired(required("draft.budget.expenses"))
                .withConverter(eligibleExpenses.converter())
                .bind(DraftFormData::getEligibleExpenses, DraftFormData::setEligibleExpenses);

        financingPlan = new EditableRows<>(data.financingPlan(), FundingSourceData::new, FundingEditor::new,
                getTranslation("draft.budget.addFunding"), n -> getTranslation("draft.budget.fundingName", n), true, MAX_LINES, onChange);
        financingPlan.setId("draft-financing-plan");
        inKind = new EditableRows<>(data.inKindContributions(), InKindData::new, InKindEditor::new,
                getTranslation("draft.budget.addInKind"), n -> getTranslation("draft.budget.inKindName", n), true, MAX_LINES, onChange);
        inKind.setId("draft-in-kind");

        financingTotal.setId("draft-financing-total");
        financingGap.setId("draft-financing-gap");
        financingGap.getElement().setAttribute("aria-live", "polite");
        inKindTotal.setId("draft-in-kind-total");
        getContent().add(eligibleExpenses, new H4(getTranslation("draft.budget.financingPlan")), financingPlan, financingTotal,
                financingGap, new H4(getTranslation("draft.budget.inKind")), inKind, inKindTotal);
        start();
        refresh();
    }

    @Override
    String titleKey() {
        return "draft.step.budget";
    }

    @Override
    boolean validate() {
        return super.validate() & financingPlan.validate() & inKind.validate();
    }

    @Override
    void refresh() {
        Amount total = data.financingTotal();
        financingTotal.setText(getTranslation("draft.budget.financingTotal", Formats.amount(total)));
        Amount expenses = data.getEligibleExpenses();
        if (expenses == null) {
            financingGap.setText("");
        } else if (total.equals(expenses)) {
            financingGap.setText(getTranslation("draft.budget.balanced"));
        } else if (total.isLessThan(expenses)) {
            financingGap.setText(getTranslation("draft.budget.toFinance", Formats.amount(expenses.minus(total)))
                    + " " + getTranslation("draft.budget.unbalanced"));
        } else {
            financingGap.setText(getTranslation("draft.budget.overFinanced", Formats.amount(total.minus(expenses)))
                    + " " + getTranslation("draft.budget.unbalanced"));
        }
        // a warning, not a refusal: no rule requires the plan to balance (B1 lists the resources)
        boolean unbalanced = expenses != null && !total.equals(expenses);
        if (unbalanced) {
            financingGap.getElement().setAttribute("role", "status");
        } else {
            financingGap.getElement().removeAttribute("role");
        }
        financingGap.setClassName("draft-warning-text", unbalanced);
        inKindTotal.setText(getTranslation("draft.budget.inKindTotal", Formats.amount(data.inKindTotal())));
    }

    /** One resource of the financing plan: kind, name, amount. */
    final class FundingEditor extends EditableRows.FormRowEditor<FundingSourceData> {

        final Select<FundingSourceKind> kind = new Select<>();
        final TextField name = new TextField(getTranslation("draft.budget.fundingSource"));
        final AmountField amount = amountField("draft.budget.amount");

        FundingEditor(FundingSourceData source) {
            kind.setLabel(getTranslation("draft.budget.fundingKind"));
            TextInputs.limit(name, TextLimits.NAME);
            kind.setItems(FundingSourceKind.values());
            kind.setItemLabelGenerator(FundingSourceKind::label);
            rowBinder.forField(kind).asRequired(getTranslation("draft.error.required", getTranslation("draft.budget.fundingKind")))
                    .bind(FundingSourceData::getKind, FundingSourceData::setKind);
            rowBinder.forField(name).asRequired(getTranslation("draft.error.required", getTranslation("draft.budget.fundingSource")))
                    .bind(FundingSourceData::getName, FundingSourceData::setName);
            rowBinder.forField(amount).asRequired(getTranslation("draft.error.required", getTranslation("draft.budget.amount")))
                    .withConverter(amount.converter())
                    .bind(FundingSourceData::getAmount, FundingSourceData::setAmount);
            rowBinder.setBean(source);
            rowBinder.addValueChangeListener(event -> onChange.run());
            layout.add(kind, name, amount);
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        }
    }

    /** One in-kind contribution: kind, description, value. */
    final class InKindEditor extends EditableRows.FormRowEditor<InKindData> {

        final Select<InKindContributionKind> kind = new Select<>();
        final TextField description = new TextField(getTranslation("draft.budget.inKindDescription"));
        final AmountField value = amountField("draft.budget.inKindValue");

        InKindEditor(InKindData contribution) {
            kind.setLabel(getTranslation("draft.budget.inKindKind"));
            TextInputs.limit(description, TextLimits.DESCRIPTION);
            kind.setItems(InKindContributionKind.values());
            kind.setItemLabelGenerator(InKindContributionKind::label);
            rowBinder.forField(kind).asRequired(getTranslation("draft.error.required", getTranslation("draft.budget.inKindKind")))
                    .bind(InKindData::getKind, InKindData::setKind);
            rowBinder.forField(description)
                    .asRequired(getTranslation("draft.error.required", getTranslation("draft.budget.inKindDescription")))
                    .bind(InKindData::getDescription, InKindData::setDescription);
            rowBinder.forField(value).asRequired(getTranslation("draft.error.required", getTranslation("draft.budget.inKindValue")))
                    .withConverter(value.converter())
                    .bind(InKindData::getValue, InKindData::setValue);
            rowBinder.setBean(contribution);
            rowBinder.addValueChangeListener(event -> onChange.run());
            layout.add(kind, description, value);
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        }
    }
}
