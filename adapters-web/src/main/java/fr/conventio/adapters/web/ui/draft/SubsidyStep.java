package fr.conventio.adapters.web.ui.draft;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.adapters.web.ui.common.AmountField;
import fr.conventio.adapters.web.ui.draft.DraftFormData.AllocationData;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.agreement.AgreementThreshold;
import fr.conventio.domain.agreement.AnnualSubsidies;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.InvalidValueException;

import java.util.List;

/**
 * Step 4: the subsidy (B2), its share of the forecast cost computed by the domain ({@code Amount.shareOf}),
 * its split on the funder's budget lines with the live total and what is left to split (B3), the
 * remaining envelope of each line for the budget year (B4), and the D3 notice at or below 23 000 € — saying instead
 * that an agreement is mandatory when, with the association's other signed agreements of the year, the funder's
 * annual total exceeds 23 000 € (the domain decides: {@code AgreementThreshold.requirementFor(subsidy, others)}).
 */
final class SubsidyStep extends WizardStep {

    static final int MAX_LINES = 20;

    final AmountField subsidy;
    final Span share = new Span();
    final Paragraph noAgreementRequired = new Paragraph();
    final EditableRows<AllocationData> allocations;
    final Span allocatedTotal = new Span();
    final Span leftToSplit = new Span();
    private final List<BudgetLineChoice> lines;
    private final DraftChoices choices;
    /** What the signature would meet on the budget lines for this split (B4), said while typing. */
    final Div signatureWarning = new Div();

    SubsidyStep(DraftFormData data, DraftChoices choices, Runnable onChange) {
        super(data, onChange);
        this.lines = choices.budgetLines();
        this.choices = choices;
        heading();
        subsidy = amountField("draft.subsidy.amount");
        subsidy.setId("draft-subsidy");
        binder.forField(subsidy).asRequired(required("draft.subsidy.amount"))
                .withConverter(subsidy.converter())
                .bind(DraftFormData::getSubsidy, DraftFormData::setSubsidy);
        share.setId("draft-share");
        noAgreementRequired.setId("draft-d3-notice");
        noAgreementRequired.addClassName("draft-notice");
        noAgreementRequired.getElement().setAttribute("role", "status");

        allocations = new EditableRows<>(data.allocations(), AllocationData::new, AllocationEditor::new,
                getTranslation("draft.subsidy.addLine"), n -> getTranslation("draft.subsidy.lineName", n), false, MAX_LINES, onChange);
        allocations.setId("draft-allocations");
        allocatedTotal.setId("draft-allocated-total");
        leftToSplit.setId("draft-left-to-split");
        leftToSplit.getElement().setAttribute("aria-live", "polite");
        signatureWarning.setId("draft-signature-warning");
        signatureWarning.addClassName("draft-notice");
        signatureWarning.getElement().setAttribute("role", "status");
        getContent().add(subsidy, share, noAgreementRequired, new H4(getTranslation("draft.subsidy.split")), allocations,
                allocatedTotal, leftToSplit, signatureWarning);
        start();
        refresh();
    }

    @Override
    String titleKey() {
        return "draft.step.subsidy";
    }

    @Override
    boolean validate() {
        return super.validate() & allocations.validate();
    }

    @Override
    void refresh() {
        Amount voted = data.getSubsidy();
        Amount expenses = data.getEligibleExpenses();
        share.setText(shareText(voted, expenses));
        boolean belowThreshold = voted != null && !voted.isZero() && !AgreementThreshold.isAgreementMandatory(voted);
        AnnualSubsidies others = belowThreshold && data.getAssociation() != null && year() != null
                ? choices.othersGranted(data.getAssociation().id(), year()) : null;
        boolean mandatoryOnTheYear = others != null && AgreementThreshold.requirementFor(voted, others).mandatory();
        noAgreementRequired.setText(!belowThreshold ? "" : mandatoryOnTheYear
                ? getTranslation("draft.subsidy.annualTotal", Formats.amount(others.totalWith(voted)))
                : getTranslation("draft.subsidy.noAgreementRequired"));
        noAgreementRequired.setVisible(belowThreshold);

        Amount allocated = data.allocatedTotal();
        allocatedTotal.setText(getTranslation("draft.subsidy.allocatedTotal", Formats.amount(allocated)));
        leftToSplit.removeClassName("draft-error-text");
        if (voted == null) {
            leftToSplit.setText("");
        } else if (allocated.equals(voted)) {
            leftToSplit.setText(getTranslation("draft.subsidy.splitComplete"));
        } else {
            leftToSplit.addClassName("draft-error-text");
            leftToSplit.setText(allocated.isLessThan(voted)
                    ? getTranslation("draft.subsidy.leftToSplit", Formats.amount(voted.minus(allocated)))
                    : getTranslation("draft.subsidy.overSplit", Formats.amount(allocated.minus(voted))));
        }
        for (int i = 0; i < allocations.size(); i++) {
            ((AllocationEditor) allocations.editor(i)).refresh();
        }
        showSignatureProblems();
    }

    /** Asks the budget lines, by the signature's own check, whether they could commit the split typed so far (B4). */
    private void showSignatureProblems() {
        List<SubsidyAllocation> split = data.allocations().stream().filter(a -> a.getLine() != null && a.getAmount() != null
                && !a.getAmount().isZero()).map(a -> SubsidyAllocation.of(a.getLine().id(), a.getLine().allocationLabel(), a.getAmount())).toList();
        List<String> problems = choices.signatureProblems(year(), null, split);
        signatureWarning.removeAll();
        signatureWarning.setVisible(!problems.isEmpty());
        if (!problems.isEmpty()) {
            UnorderedList list = new UnorderedList();
            problems.forEach(problem -> list.add(new ListItem(problem)));
            signatureWarning.add(new Paragraph(getTranslation("draft.subsidy.signatureWarning")), list);
        }
    }

    /** "7,69 % du coût prévisionnel", the share computed by the domain (B2). */
    private String shareText(Amount voted, Amount expenses) {
        if (voted == null || expenses == null || expenses.isZero()) {
            return getTranslation("draft.subsidy.shareUnknown");
        }
        try {
            return getTranslation("draft.subsidy.share", Formats.rate(voted.shareOf(expenses)));
        } catch (InvalidValueException moreThanTheCost) {
            return getTranslation("draft.subsidy.shareAboveCost");
        }
    }

    private BudgetYear year() {
        try {
            return data.getBudgetYear() == null ? null : BudgetYear.of(data.getBudgetYear());
        } catch (InvalidValueException notAYear) {
            return null;
        }
    }

    /** One line of the split: the budget line, the amount, and what the line has left for the year. */
    final class AllocationEditor extends EditableRows.FormRowEditor<AllocationData> {

        final Select<BudgetLineChoice> line = new Select<>();
        final AmountField amount = amountField("draft.subsidy.lineAmount");
        final Span remaining = new Span();

        AllocationEditor(AllocationData allocation) {
            line.setLabel(getTranslation("draft.subsidy.line"));
            line.setItems(lines);
            line.setItemLabelGenerator(BudgetLineChoice::display);
            rowBinder.forField(line).asRequired(getTranslation("draft.error.required", getTranslation("draft.subsidy.line")))
                    .bind(AllocationData::getLine, AllocationData::setLine);
            rowBinder.forField(amount).asRequired(getTranslation("draft.error.required", getTranslation("draft.subsidy.lineAmount")))
                    .withConverter(amount.converter())
                    .bind(AllocationData::getAmount, AllocationData::setAmount);
            rowBinder.setBean(allocation);
            rowBinder.addValueChangeListener(event -> onChange.run());
            remaining.addClassName("draft-line-remaining");
            layout.add(line, amount, remaining);
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
            refresh(allocation);
        }

        private void refresh(AllocationData allocation) {
            BudgetYear year = year();
            BudgetLineChoice chosen = allocation.getLine();
            if (chosen == null || year == null) {
                remaining.setText("");
                return;
            }
            remaining.setText(chosen.remainingIn(year)
                    .map(left -> getTranslation("draft.subsidy.remaining", year.toString(), Formats.amount(left)))
                    .orElseGet(() -> getTranslation("draft.subsidy.noEnvelope", year.toString())));
        }

        void refresh() {
            refresh(rowBinder.getBean());
        }
    }
}
