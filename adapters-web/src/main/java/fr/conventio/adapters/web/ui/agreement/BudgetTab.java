package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.FundingSource;
import fr.conventio.domain.agreement.InKindContribution;
import fr.conventio.domain.agreement.SubsidyAllocation;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * "Budget" (B1–B3): forecast eligible expenses, the financing plan with its total, the in-kind
 * contributions, the subsidy with its split on the funder's budget lines and its share of the cost.
 * Totals come from the domain's forecast budget; the view only formats.
 */
final class BudgetTab extends VerticalLayout {

    BudgetTab(AgreementPage page) {
        AgreementDetails d = page.details();
        ForecastBudget budget = d.forecastBudget();
        setPadding(false);

        add(new H3(Texts.t("agreement.budget.subsidy")));
        add(new Figures()
                .add(Texts.t("agreement.budget.eligible"), Formats.amount(budget.eligibleExpenses()), "budget-eligible")
                .add(Texts.t("agreement.figure.subsidy"), Formats.amount(d.subsidy().votedAmount()), "budget-subsidy")
                .add(Texts.t("agreement.figure.share"), Formats.rate(d.shareOfCost()), "budget-share")
                .add(Texts.t("agreement.budget.advanceRate"), Formats.rate(d.paymentTerms().advanceRate()), "budget-advance-rate")
                .add(Texts.t("agreement.figure.advanceCap"), Formats.amount(d.advanceCap()), "budget-advance-cap"));

        Grid<SubsidyAllocation> split = grid(Texts.t("agreement.budget.split"));
        split.setId("budget-split");
        split.addColumn(a -> a.label() == null ? Texts.t("agreement.budget.line") : a.label()).setHeader(Texts.t("agreement.budget.column.line"))
                .setFooter(Texts.t("agreement.budget.total")).setFlexGrow(2);
        split.addColumn(a -> Formats.amount(a.amount())).setHeader(Texts.t("agreement.budget.column.amount"))
                .setTextAlign(ColumnTextAlign.END).setFooter(Formats.amount(d.subsidy().votedAmount()));
        split.setItems(d.subsidy().split());
        add(new H3(Texts.t("agreement.budget.split")), split);

        Grid<FundingSource> plan = grid(Texts.t("agreement.budget.plan"));
        plan.setId("budget-plan");
        plan.addColumn(s -> Texts.t("agreement.budget.source." + s.kind().name())).setHeader(Texts.t("agreement.budget.column.kind"))
                .setFooter(Texts.t("agreement.budget.total"));
        plan.addColumn(FundingSource::name).setHeader(Texts.t("agreement.budget.column.funder")).setFlexGrow(2);
        plan.addColumn(s -> Formats.amount(s.amount())).setHeader(Texts.t("agreement.budget.column.amount"))
                .setTextAlign(ColumnTextAlign.END).setFooter(Formats.amount(budget.financingTotal()));
        plan.setItems(budget.financingPlan());
        add(new H3(Texts.t("agreement.budget.plan")), plan);
        if (!budget.isFinancingBalanced()) {
            add(Badges.of(Texts.t("agreement.budget.unbalanced", Formats.amount(budget.financingTotal()),
                    Formats.amount(budget.eligibleExpenses())), "contrast"));
        }

        Grid<InKindContribution> inKind = grid(Texts.t("agreement.budget.inKind"));
        inKind.setId("budget-in-kind");
        inKind.addColumn(c -> Texts.t("agreement.budget.inKind." + c.kind().name())).setHeader(Texts.t("agreement.budget.column.kind"))
                .setFooter(Texts.t("agreement.budget.total"));
        inKind.addColumn(InKindContribution::description).setHeader(Texts.t("agreement.budget.column.description")).setFlexGrow(2);
        inKind.addColumn(c -> Formats.amount(c.value())).setHeader(Texts.t("agreement.budget.column.value"))
                .setTextAlign(ColumnTextAlign.END).setFooter(Formats.amount(budget.inKindTotal()));
        inKind.setItems(budget.inKindContributions());
        add(new H3(Texts.t("agreement.budget.inKind")), inKind);
    }

    static <T> Grid<T> grid(String accessibleName) {
        Grid<T> grid = new Grid<>();
        grid.setAriaLabel(accessibleName);
        grid.setAllRowsVisible(true);
        // long labels (obligations, budget lines, grounds) wrap instead of being cut with an ellipsis
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setWidthFull();
        grid.setEmptyStateText(Texts.t("agreement.grid.empty"));
        return grid;
    }
}
