package fr.conventio.adapters.web.ui.draft;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.adapters.web.ui.common.AmountField;
import fr.conventio.adapters.web.ui.draft.DraftFormData.AllocationData;
import fr.conventio.adapters.web.ui.draft.DraftFormData.LaterYearData;
import fr.conventio.domain.multiyear.SettlementMode;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Step 6, « Durée » (D5): one budget year, or a multi-year agreement (CPO) of 2 to 4 years. Year 1 is the subsidy of
 * step 4; each later year has its amount and its part on each budget line of that split, with what is left to split shown
 * live and refused (B3, to the cent) before the wizard may be saved; and whether settlement is done each year or once at
 * the end. Shown only when creating: a saved draft's years are changed from its page (« Convention pluriannuelle… »).
 */
final class DurationStep extends WizardStep {

    static final int MAX_YEARS = 4;

    final Select<Integer> years = new Select<>();
    final RadioButtonGroup<SettlementMode> settlementMode = new RadioButtonGroup<>();
    final Paragraph explain = new Paragraph();
    final List<YearEditor> laterYears = new ArrayList<>();
    private final Div multiYear = new Div();
    private final boolean editable;
    private Integer labelledFor;

    /** @param editable false for a saved draft: its years are planned from its page */
    DurationStep(DraftFormData data, boolean editable, Runnable onChange) {
        super(data, onChange);
        this.editable = editable;
        heading();
        if (!editable) {
            Paragraph fromPage = new Paragraph(getTranslation("draft.duration.fromPage"));
            fromPage.setId("draft-duration-from-page");
            getContent().add(fromPage);
            start();
            return;
        }
        years.setLabel(getTranslation("multiyear.plan.years"));
        years.setId("draft-years");
        years.setWidth("22em"); // « 4 exercices (2020 à 2023) » is cut at the default width
        years.setItems(1, 2, 3, MAX_YEARS);
        years.setItemLabelGenerator(this::yearsLabel);
        labelledFor = data.getBudgetYear();
        binder.forField(years).bind(DraftFormData::getYears, DraftFormData::setYears);
        settlementMode.setLabel(getTranslation("multiyear.plan.mode"));
        settlementMode.setId("draft-settlement-mode");
        settlementMode.setItems(SettlementMode.values());
        settlementMode.setItemLabelGenerator(m -> getTranslation("multiyear.mode." + m.name()));
        binder.forField(settlementMode).asRequired(required("multiyear.plan.mode"))
                .bind(DraftFormData::getSettlementMode, DraftFormData::setSettlementMode);
        explain.setId("draft-duration-explain");
        multiYear.setWidthFull();
        multiYear.add(settlementMode, explain);
        for (int rank = 2; rank <= MAX_YEARS; rank++) {
            YearEditor editor = new YearEditor(rank, data.laterYears().get(rank - 2));
            laterYears.add(editor);
            multiYear.add(editor.component);
        }
        getContent().add(years, multiYear);
        start();
        refresh();
    }

    @Override
    String titleKey() {
        return "draft.step.duration";
    }

    private String yearsLabel(Integer count) {
        Integer first = data.getBudgetYear();
        if (count == null || count == 1) {
            return getTranslation("multiyear.plan.annual");
        }
        return first == null ? getTranslation("draft.duration.yearsCount", count)
                : getTranslation("multiyear.plan.yearsCount", String.valueOf(count), String.valueOf(first), String.valueOf(first + count - 1));
    }

    @Override
    boolean validate() {
        boolean ok = super.validate();
        if (!editable || !data.multiYear()) {
            return ok;
        }
        for (YearEditor year : laterYears) {
            if (year.rank <= data.getYears()) {
                ok &= year.validate();
            }
        }
        return ok;
    }

    @Override
    void refresh() {
        if (!editable) {
            return;
        }
        if (!Objects.equals(labelledFor, data.getBudgetYear())) {
            labelledFor = data.getBudgetYear();
            years.setItemLabelGenerator(this::yearsLabel); // the years' range follows the budget year
        }
        multiYear.setVisible(data.multiYear());
        Integer first = data.getBudgetYear();
        explain.setText(first == null || data.getSubsidy() == null ? getTranslation("draft.duration.explainIncomplete")
                : getTranslation("multiyear.plan.explain", String.valueOf(first), Formats.amount(data.getSubsidy())));
        for (YearEditor year : laterYears) {
            year.refresh();
        }
    }

    /** The lines of the subsidy's split chosen so far (step 4), in its order, once each. */
    private List<BudgetLineChoice> splitLines() {
        return data.allocations().stream().map(AllocationData::getLine).filter(Objects::nonNull).distinct().toList();
    }

    /** One later year: its amount, its part on each line of the split, and what is left to split. */
    final class YearEditor {

        final int rank;
        final Div component = new Div();
        final H4 heading = new H4();
        final AmountField amount;
        final FormLayout lines = new FormLayout();
        final List<AmountField> lineAmounts = new ArrayList<>();
        final Span leftToSplit = new Span();
        private final LaterYearData year;
        private final Binder<LaterYearData> yearBinder = new Binder<>();
        private Binder<LaterYearData> linesBinder = new Binder<>();
        private List<BudgetLineId> shownLines = List.of();

        YearEditor(int rank, LaterYearData year) {
            this.rank = rank;
            this.year = year;
            amount = amountField("draft.duration.amount");
            amount.setId("draft-year-amount-" + rank);
            yearBinder.forField(amount).asRequired(getTranslation("draft.error.required", getTranslation("draft.duration.amount")))
                    .withConverter(amount.converter())
                    .withValidator(a -> !a.isZero(), getTranslation("draft.duration.zero"))
                    .bind(LaterYearData::getAmount, LaterYearData::setAmount);
            yearBinder.setBean(year);
            yearBinder.addValueChangeListener(event -> onChange.run());
            leftToSplit.setId("draft-year-left-" + rank);
            leftToSplit.getElement().setAttribute("aria-live", "polite");
            lines.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
            component.addClassName("draft-later-year");
            component.add(heading, amount, lines, leftToSplit);
        }

        private Optional<Integer> budgetYear() {
            return Optional.ofNullable(data.getBudgetYear()).map(first -> first + rank - 1);
        }

        void refresh() {
            component.setVisible(rank <= data.getYears());
            String budgetYear = budgetYear().map(String::valueOf).orElse("…");
            heading.setText(getTranslation("multiyear.plan.yearHeading", String.valueOf(rank), budgetYear));
            amount.setLabel(getTranslation("draft.duration.amountOf", budgetYear));
            List<BudgetLineChoice> split = splitLines();
            List<BudgetLineId> ids = split.stream().map(BudgetLineChoice::id).toList();
            if (!ids.equals(shownLines)) {
                showLines(split);
            }
            leftToSplit.removeClassName("draft-error-text");
            leftToSplit.getElement().removeAttribute("role");
            Amount voted = year.getAmount();
            Amount allocated = year.splitTotal(data.allocations());
            if (split.isEmpty()) {
                leftToSplit.setText(getTranslation("draft.duration.noLines"));
            } else if (voted == null) {
                leftToSplit.setText("");
            } else if (allocated.equals(voted)) {
                leftToSplit.setText(getTranslation("draft.duration.splitComplete"));
            } else {
                leftToSplit.addClassName("draft-error-text");
                leftToSplit.setText(allocated.isLessThan(voted)
                        ? getTranslation("draft.subsidy.leftToSplit", Formats.amount(voted.minus(allocated)))
                        : getTranslation("draft.subsidy.overSplit", Formats.amount(allocated.minus(voted))));
            }
        }

        /** One amount field per line of the split (rebuilt when the split's lines change; what was typed on a line stays). */
        private void showLines(List<BudgetLineChoice> split) {
            lines.removeAll();
            lineAmounts.clear();
            linesBinder = new Binder<>();
            String budgetYear = budgetYear().map(String::valueOf).orElse("…");
            for (int i = 0; i < split.size(); i++) {
                BudgetLineChoice line = split.get(i);
                AmountField field = amountField("multiyear.plan.lineAmount");
                field.setLabel(getTranslation("multiyear.plan.lineAmount", line.display(), budgetYear));
                field.setId("draft-year-" + rank + "-line-" + i);
                linesBinder.forField(field).withConverter(field.converter())
                        .bind(y -> y.amountsByLine().get(line.id()), (y, value) -> {
                            if (value == null) {
                                y.amountsByLine().remove(line.id());
                            } else {
                                y.amountsByLine().put(line.id(), value);
                            }
                        });
                lineAmounts.add(field);
                lines.add(field);
            }
            linesBinder.setBean(year);
            linesBinder.addValueChangeListener(event -> onChange.run());
            shownLines = split.stream().map(BudgetLineChoice::id).toList();
        }

        /** The year's fields, then B3: its lines add up to its amount to the cent (the message names the year). */
        boolean validate() {
            boolean ok = yearBinder.validate().isOk() & linesBinder.validate().isOk();
            Amount voted = year.getAmount();
            Amount allocated = year.splitTotal(data.allocations());
            String budgetYear = budgetYear().map(String::valueOf).orElse(String.valueOf(rank));
            String problem = null;
            if (splitLines().isEmpty()) {
                problem = getTranslation("draft.duration.noLines");
            } else if (ok && voted != null && !allocated.equals(voted)) {
                problem = getTranslation("draft.duration.error.split", budgetYear, Formats.amount(allocated), Formats.amount(voted),
                        allocated.isLessThan(voted) ? getTranslation("draft.instalments.missing", Formats.amount(voted.minus(allocated)))
                                : getTranslation("draft.instalments.tooMuch", Formats.amount(allocated.minus(voted))));
            }
            if (problem != null) {
                leftToSplit.setText(problem);
                leftToSplit.addClassName("draft-error-text");
                leftToSplit.getElement().setAttribute("role", "alert");
            }
            return ok && problem == null;
        }
    }
}
