package fr.conventio.adapters.web.ui.dashboard;

import fr.conventio.adapters.web.ui.AgreementListView;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.adapters.web.ui.MainLayout;
import fr.conventio.adapters.web.ui.common.CurrentStaff;
import fr.conventio.adapters.web.ui.common.Notifications;
import fr.conventio.adapters.web.ui.common.StageBadges;
import fr.conventio.application.dashboard.AgreementAwaitingDecision;
import fr.conventio.application.dashboard.BudgetLineConsumption;
import fr.conventio.application.dashboard.Dashboard;
import fr.conventio.application.dashboard.Deadline;
import fr.conventio.application.dashboard.GetDashboardQuery;
import fr.conventio.application.dashboard.GetDashboardUseCase;
import fr.conventio.application.dashboard.ListBudgetConsumptionQuery;
import fr.conventio.application.dashboard.ListBudgetConsumptionUseCase;
import fr.conventio.application.dashboard.PaymentToMake;
import fr.conventio.application.dashboard.RecoveryOrderToCollect;
import fr.conventio.application.funder.FunderSetupChecklist;
import fr.conventio.application.funder.GetFunderSetupChecklistQuery;
import fr.conventio.application.funder.GetFunderSetupChecklistUseCase;
import fr.conventio.application.funder.SetUpFunderUseCase;
import fr.conventio.application.lifecycle.SignAgreementUseCase;
import fr.conventio.application.shared.Page;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.Rate;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The dashboard (tableau de bord), the staff's home page: the obligations overdue or due within 30 days,
 * the payments that can be made now, the agreements waiting for a decision (with their stage), the recovery
 * orders waiting for money (titres à encaisser, for the finance department), and how much of each budget
 * line is committed and paid on a year (the current one by default), as figures and as a bar.
 */
@PermitAll
@Route(value = "tableau-de-bord", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    /** Lines shown per list; the count says when there are more. */
    static final int MAX_ITEMS = 50;
    /** A badge column fits its longest words ("À échéance", "Solde versé") at the default font, whatever the window's width. */
    static final String BADGE_COLUMN_WIDTH = "9.5rem";

    private final GetDashboardUseCase getDashboard;
    private final ListBudgetConsumptionUseCase listBudgetConsumption;

    final Paragraph asOf = new Paragraph();
    final Span deadlinesCount = new Span();
    final Badge overdueBadge = new Badge();
    final Badge dueBadge = new Badge();
    final Grid<Deadline> deadlines = new Grid<>();
    final Span paymentsCount = new Span();
    final Grid<PaymentToMake> payments = new Grid<>();
    final Span decisionsCount = new Span();
    final Grid<AgreementAwaitingDecision> decisions = new Grid<>();
    final Span ordersCount = new Span();
    final Grid<RecoveryOrderToCollect> orders = new Grid<>();
    final Select<Integer> year = new Select<>();
    final Grid<BudgetLineConsumption> consumption = new Grid<>();

    public DashboardView(GetDashboardUseCase getDashboard, ListBudgetConsumptionUseCase listBudgetConsumption,
                         GetFunderSetupChecklistUseCase getFunderSetupChecklist, AuthenticationContext authentication) {
        this.getDashboard = getDashboard;
        this.listBudgetConsumption = listBudgetConsumption;
        setWidthFull();
        H2 title = new H2(getTranslation("dashboard.title"));
        title.addClassName("page-title");
        asOf.setId("dashboard-as-of");
        add(title, asOf);
        CurrentStaff staff = CurrentStaff.from(authentication);
        if (staff.may(SetUpFunderUseCase.class) || staff.may(SignAgreementUseCase.class)) { // who sets up, and who signs
            // the funder setup, until done: shown first, as nothing of the year can be signed before
            Notifications.attempt(() -> {
                FunderSetupChecklist checklist = getFunderSetupChecklist.checklist(new GetFunderSetupChecklistQuery());
                if (!checklist.complete()) {
                    addComponentAtIndex(2, new FunderSetupPanel(checklist, staff.may(SetUpFunderUseCase.class)));
                }
            }, () -> { });
        }
        add(deadlinesSection(), paymentsSection(), decisionsSection(), ordersSection(), consumptionSection());
        Notifications.attempt(() -> show(getDashboard.get(new GetDashboardQuery(GetDashboardQuery.DEFAULT_HORIZON_DAYS, MAX_ITEMS))),
                () -> { });
    }

    private Section section(String id, String titleKey, Object... args) {
        Section section = new Section();
        section.setId(id);
        section.setWidthFull();
        H3 heading = new H3(getTranslation(titleKey, args));
        heading.setId(id + "-title");
        section.getElement().setAttribute("aria-labelledby", id + "-title");
        section.add(heading);
        return section;
    }

    private Section deadlinesSection() {
        Section section = section("dashboard-deadlines", "dashboard.deadlines.title", GetDashboardQuery.DEFAULT_HORIZON_DAYS);
        overdueBadge.addThemeVariants(BadgeVariant.ERROR);
        overdueBadge.setId("dashboard-overdue-count");
        dueBadge.addThemeVariants(BadgeVariant.WARNING);
        dueBadge.setId("dashboard-due-count");
        deadlinesCount.setId("dashboard-deadlines-count");
        HorizontalLayout counts = new HorizontalLayout(overdueBadge, dueBadge, deadlinesCount);
        counts.setAlignItems(FlexComponent.Alignment.CENTER);

        deadlines.setId("dashboard-deadlines-grid");
        deadlines.setAriaLabel(getTranslation("dashboard.deadlines.title", GetDashboardQuery.DEFAULT_HORIZON_DAYS));
        deadlines.addComponentColumn(d -> agreementLink(d.agreementId(), d.agreementReference()))
                .setHeader(getTranslation("dashboard.column.reference")).setKey("reference").setAutoWidth(true).setFlexGrow(0);
        deadlines.addColumn(Deadline::associationName).setHeader(getTranslation("dashboard.column.association")).setWidth(AgreementListView.ASSOCIATION_MIN_WIDTH).setFlexGrow(2);
        deadlines.addColumn(d -> d.label()).setHeader(getTranslation("dashboard.column.obligation")).setFlexGrow(3);
        deadlines.addColumn(d -> Formats.date(d.dueDate())).setHeader(getTranslation("dashboard.column.dueDate"))
                .setAutoWidth(true).setFlexGrow(0);
        deadlines.addComponentColumn(this::deadlineStatus).setHeader(getTranslation("dashboard.column.status"))
                .setWidth(BADGE_COLUMN_WIDTH).setFlexGrow(0);
        compact(deadlines, "dashboard.deadlines.none");
        section.add(counts, deadlines);
        return section;
    }

    private Badge deadlineStatus(Deadline deadline) {
        Badge badge = new Badge(getTranslation(deadline.overdue() ? "dashboard.deadline.overdue" : "dashboard.deadline.due"));
        badge.addThemeVariants(deadline.overdue() ? BadgeVariant.ERROR : BadgeVariant.WARNING);
        return badge;
    }

    private Section paymentsSection() {
        Section section = section("dashboard-payments", "dashboard.payments.title");
        paymentsCount.setId("dashboard-payments-count");
        payments.setId("dashboard-payments-grid");
        payments.setAriaLabel(getTranslation("dashboard.payments.title"));
        payments.addComponentColumn(p -> agreementLink(p.agreementId(), p.agreementReference()))
                .setHeader(getTranslation("dashboard.column.reference")).setKey("reference").setAutoWidth(true).setFlexGrow(0);
        payments.addColumn(PaymentToMake::associationName).setHeader(getTranslation("dashboard.column.association")).setWidth(AgreementListView.ASSOCIATION_MIN_WIDTH).setFlexGrow(3);
        payments.addColumn(p -> getTranslation("dashboard.payment.kind." + p.kind().name()))
                .setHeader(getTranslation("dashboard.column.paymentKind")).setAutoWidth(true).setFlexGrow(0);
        payments.addColumn(p -> Formats.amount(p.amount())).setHeader(getTranslation("dashboard.column.amount"))
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(p -> "amount").setAutoWidth(true).setFlexGrow(0);
        compact(payments, "dashboard.payments.none");
        section.add(paymentsCount, payments);
        return section;
    }

    private Section decisionsSection() {
        Section section = section("dashboard-decisions", "dashboard.decisions.title");
        decisionsCount.setId("dashboard-decisions-count");
        decisions.setId("dashboard-decisions-grid");
        decisions.setAriaLabel(getTranslation("dashboard.decisions.title"));
        decisions.addComponentColumn(a -> agreementLink(a.agreementId(), a.agreementReference()))
                .setHeader(getTranslation("dashboard.column.reference")).setKey("reference").setAutoWidth(true).setFlexGrow(0);
        decisions.addColumn(AgreementAwaitingDecision::associationName).setHeader(getTranslation("dashboard.column.association"))
                .setWidth(AgreementListView.ASSOCIATION_MIN_WIDTH).setFlexGrow(3);
        decisions.addColumn(a -> getTranslation("dashboard.decision." + a.decision().name()))
                .setHeader(getTranslation("dashboard.column.decision")).setAutoWidth(true).setFlexGrow(0);
        decisions.addComponentColumn(a -> StageBadges.of(a.stage())).setHeader(getTranslation("dashboard.column.stage"))
                .setKey("stage").setWidth(BADGE_COLUMN_WIDTH).setFlexGrow(0);
        decisions.addColumn(AgreementAwaitingDecision::budgetYear).setHeader(getTranslation("dashboard.column.year"))
                .setAutoWidth(true).setFlexGrow(0);
        decisions.addColumn(a -> Formats.amount(a.amount())).setHeader(getTranslation("dashboard.column.decisionAmount"))
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(a -> "amount").setAutoWidth(true).setFlexGrow(0);
        compact(decisions, "dashboard.decisions.none");
        section.add(decisionsCount, decisions);
        return section;
    }

    /** Titres à encaisser: the recovery orders waiting for money, for the finance department, oldest first. */
    private Section ordersSection() {
        Section section = section("dashboard-orders", "dashboard.orders.title");
        ordersCount.setId("dashboard-orders-count");
        orders.setId("dashboard-orders-grid");
        orders.setAriaLabel(getTranslation("dashboard.orders.title"));
        orders.addColumn(o -> o.number().toString()).setHeader(getTranslation("dashboard.column.orderNumber")).setAutoWidth(true)
                .setFlexGrow(0);
        orders.addComponentColumn(o -> agreementLink(o.agreementId(), o.agreementReference()))
                .setHeader(getTranslation("dashboard.column.reference")).setKey("reference").setAutoWidth(true).setFlexGrow(0);
        orders.addColumn(RecoveryOrderToCollect::associationName).setHeader(getTranslation("dashboard.column.association")).setWidth(AgreementListView.ASSOCIATION_MIN_WIDTH).setFlexGrow(2);
        orders.addColumn(o -> getTranslation("agreement.recovery.ground." + o.ground().name()))
                .setHeader(getTranslation("dashboard.column.ground")).setFlexGrow(2);
        orders.addColumn(o -> Formats.amount(o.amount())).setHeader(getTranslation("dashboard.column.orderAmount"))
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(o -> "amount").setAutoWidth(true).setFlexGrow(0);
        orders.addColumn(o -> Formats.amount(o.remainingDue())).setHeader(getTranslation("dashboard.column.orderRemaining"))
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(o -> "amount").setAutoWidth(true).setFlexGrow(0);
        orders.addColumn(o -> Formats.date(o.issuedOn())).setHeader(getTranslation("dashboard.column.issuedOn"))
                .setAutoWidth(true).setFlexGrow(0);
        compact(orders, "dashboard.orders.none");
        section.add(ordersCount, orders);
        return section;
    }

    private Section consumptionSection() {
        Section section = section("dashboard-budget", "dashboard.budget.title");
        year.setId("dashboard-budget-year");
        year.setLabel(getTranslation("dashboard.budget.year"));
        year.addValueChangeListener(change -> {
            if (change.isFromClient() || change.getOldValue() != null) {
                Notifications.attempt(() -> consumption.setItems(listBudgetConsumption.list(
                        new ListBudgetConsumptionQuery(BudgetYear.of(change.getValue())))), () -> { });
            }
        });
        consumption.setId("dashboard-budget-grid");
        consumption.setAriaLabel(getTranslation("dashboard.budget.title"));
        consumption.addColumn(l -> l.code() + " — " + l.label()).setHeader(getTranslation("dashboard.column.budgetLine")).setFlexGrow(3);
        consumption.addColumn(l -> Formats.amount(l.envelope())).setHeader(getTranslation("dashboard.column.envelope"))
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(l -> "amount").setAutoWidth(true);
        consumption.addColumn(l -> Formats.amount(l.committed())).setHeader(getTranslation("dashboard.column.committed"))
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(l -> "amount").setAutoWidth(true);
        consumption.addColumn(l -> Formats.amount(l.paid())).setHeader(getTranslation("dashboard.column.paid"))
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(l -> "amount").setAutoWidth(true);
        consumption.addColumn(l -> Formats.amount(l.remaining())).setHeader(getTranslation("dashboard.column.remaining"))
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(l -> "amount").setAutoWidth(true);
        consumption.addComponentColumn(l -> new Svg(barSvg(l))).setHeader(getTranslation("dashboard.column.bar")).setKey("bar")
                .setWidth(BudgetBar.WIDTH + 40 + "px").setFlexGrow(0);
        compact(consumption, "dashboard.budget.none");
        section.add(year, consumption, legend());
        return section;
    }

    /** The bar of a line, named by its figures (the text equivalent is also in the grid's columns). */
    String barSvg(BudgetLineConsumption line) {
        Rate committed = BudgetBar.share(line.committed(), line.envelope());
        Rate paid = BudgetBar.share(line.paid(), line.envelope());
        String name = line.envelope().isZero()
                ? getTranslation("dashboard.bar.noEnvelope", line.code())
                : getTranslation("dashboard.bar.label", line.code(), Formats.amount(line.committed()), Formats.rate(committed),
                Formats.amount(line.paid()), Formats.rate(paid), Formats.amount(line.envelope()));
        return BudgetBar.svg("bar-" + line.lineId(), committed, paid, name);
    }

    private HorizontalLayout legend() {
        HorizontalLayout legend = new HorizontalLayout(
                swatch("legend-paid", "url(#legend-paid-pattern)", "dashboard.legend.paid"),
                swatch("legend-committed", BudgetBar.COMMITTED_COLOUR, "dashboard.legend.committed"),
                swatch("legend-remaining", "#ffffff", "dashboard.legend.remaining"));
        legend.setId("dashboard-budget-legend");
        legend.addClassName("budget-legend");
        return legend;
    }

    private Span swatch(String id, String fill, String labelKey) {
        String pattern = "<defs><pattern id=\"legend-paid-pattern\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"4\" fill=\"" + BudgetBar.PAID_COLOUR + "\"/>"
                + "<rect width=\"1.5\" height=\"4\" fill=\"#ffffff\"/></pattern></defs>";
        Svg svg = new Svg("<svg xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" width=\"16\" height=\"16\" viewBox=\"0 0 16 16\">"
                + (fill.startsWith("url") ? pattern : "")
                + "<rect x=\"0.5\" y=\"0.5\" width=\"15\" height=\"15\" fill=\"" + fill + "\" stroke=\"" + BudgetBar.OUTLINE_COLOUR + "\"/></svg>");
        Span item = new Span(svg, new Span(getTranslation(labelKey)));
        item.setId(id);
        item.addClassName("legend-item");
        return item;
    }

    private static <T> void compact(Grid<T> grid, String emptyKey) {
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.setEmptyStateText(grid.getTranslation(emptyKey));
    }

    /** A link to the agreement page (route {@code conventions/:id}, owned by the agreement screen). */
    static Anchor agreementLink(AgreementId id, String reference) {
        return new Anchor("conventions/" + id, reference);
    }

    private void show(Dashboard dashboard) {
        asOf.setText(getTranslation("dashboard.asOf", Formats.date(dashboard.today())));
        Page<Deadline> due = dashboard.deadlines();
        overdueBadge.setText(getTranslation("dashboard.deadlines.overdueCount", dashboard.overdueCount()));
        dueBadge.setText(getTranslation("dashboard.deadlines.dueCount", due.totalElements() - dashboard.overdueCount()));
        deadlinesCount.setText(shownOf(due));
        deadlines.setItems(due.content());
        paymentsCount.setText(getTranslation("dashboard.payments.count", dashboard.paymentsToMake().totalElements())
                + shownSuffix(dashboard.paymentsToMake()));
        payments.setItems(dashboard.paymentsToMake().content());
        decisionsCount.setText(getTranslation("dashboard.decisions.count", dashboard.awaitingDecision().totalElements())
                + shownSuffix(dashboard.awaitingDecision()));
        decisions.setItems(dashboard.awaitingDecision().content());
        ordersCount.setText(getTranslation("dashboard.orders.count", dashboard.ordersToCollect().totalElements())
                + shownSuffix(dashboard.ordersToCollect()));
        orders.setItems(dashboard.ordersToCollect().content());
        int current = dashboard.budgetYear().value();
        year.setItems(IntStream.rangeClosed(current - 4, current + 1).boxed().toList());
        year.setValue(current);
        consumption.setItems(dashboard.budgetConsumption());
    }

    private String shownOf(Page<?> page) {
        return page.totalElements() > page.content().size()
                ? getTranslation("dashboard.shown", page.content().size(), page.totalElements()) : "";
    }

    private String shownSuffix(Page<?> page) {
        String shown = shownOf(page);
        return shown.isEmpty() ? "" : " — " + shown;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " — " + getTranslation("app.title");
    }

    List<BudgetLineConsumption> consumptionShown() {
        return consumption.getListDataView().getItems().toList();
    }
}
