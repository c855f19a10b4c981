package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.adapters.web.ui.agreement.dialog.AgreementPage;
import fr.conventio.adapters.web.ui.agreement.dialog.Texts;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.domain.account.LineAccount;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.FundingSource;
import fr.conventio.domain.agreement.InKindContribution;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * "Budget" (B1–B4): forecast eligible expenses, the subsidy (voted, in force, final) and its share of the
 * cost, the account of each budget line it draws on (its share of the subsidy, what is committed, released,
 * paid and recovered on it), the financing plan with its total and the in-kind contributions. Totals and
 * figures come from the domain (forecast budget, the agreement's account); the view only formats.
 */
final class BudgetTab extends VerticalLayout {

    BudgetTab(AgreementPage page) {
        AgreementDetails d = page.details();
        ForecastBudget budget = d.forecastBudget();
        setPadding(false);

        add(new H3(Texts.t("agreement.budget.subsidy")));
        add(new AccountFiguresList(d.account(), "budget")
                .figure("agreement.budget.eligible", Formats.amount(budget.eligibleExpenses()), "eligible")
                .voted().inForceIfDiffers().finalSubsidyIfSettled()
                .figure("agreement.figure.share", Formats.rate(d.shareOfCost()), "share")
                .figure("agreement.budget.advanceRate", Formats.rate(d.paymentTerms().advanceRate()), "advance-rate")
                .advanceCap());

        Grid<LineAccount> lines = grid(Texts.t("agreement.budget.lines"));
        lines.setId("budget-lines");
        lines.addColumn(l -> PaymentsTab.lineLabel(d, l.budgetLineId())).setHeader(Texts.t("agreement.budget.column.line"))
                .setFooter(Texts.t("agreement.budget.total")).setFlexGrow(2);
        lines.addColumn(l -> Formats.amount(l.share())).setHeader(Texts.t("agreement.budget.column.share"))
                .setTextAlign(ColumnTextAlign.END).setFooter(Formats.amount(d.account().votedSubsidy()));
        lines.addColumn(l -> Formats.amount(l.committed())).setHeader(Texts.t("agreement.budget.column.committed"))
                .setTextAlign(ColumnTextAlign.END);
        lines.addColumn(l -> Formats.amount(l.released())).setHeader(Texts.t("agreement.budget.column.released"))
                .setTextAlign(ColumnTextAlign.END);
        lines.addColumn(l -> Formats.amount(l.paid())).setHeader(Texts.t("agreement.budget.column.paid"))
                .setTextAlign(ColumnTextAlign.END);
        lines.addColumn(l -> Formats.amount(l.recovered())).setHeader(Texts.t("agreement.budget.column.recovered"))
                .setTextAlign(ColumnTextAlign.END);
        lines.setItems(d.account().lines());
        add(new H3(Texts.t("agreement.budget.lines")), lines);

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
