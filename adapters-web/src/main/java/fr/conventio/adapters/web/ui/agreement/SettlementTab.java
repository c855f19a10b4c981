package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.adapters.web.ui.agreement.dialog.AgreementPage;
import fr.conventio.adapters.web.ui.agreement.dialog.PaymentDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.ReceiptDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.RecoveryOrderDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.SettleDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.Texts;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.adapters.web.ui.common.StageBadges;
import fr.conventio.application.multiyear.MultiYearPlanView;
import fr.conventio.application.payment.RecordPaymentUseCase;
import fr.conventio.application.reading.AgreementAction;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.application.settlement.IssueRecoveryOrderUseCase;
import fr.conventio.application.settlement.RecordRecoveryReceiptUseCase;
import fr.conventio.application.settlement.SettleAgreementUseCase;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.settlement.RecoveryOrderStatus;
import fr.conventio.domain.agreement.Settlement;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.Locale;
import java.util.Optional;

/**
 * "Liquidation" (A1, A2): settle on the real justified expenses; once settled, the stage of the file, the
 * real expenses and the account's figures (final subsidy, paid, kept, balance due, what is to claim on each
 * ground, to recover and recovered); then pay the balance or issue the recovery order for exactly what is
 * owed; the recovery orders with their receipts.
 */
final class SettlementTab extends VerticalLayout {

    SettlementTab(AgreementPage page) {
        AgreementDetails d = page.details();
        setPadding(false);
        add(new H3(Texts.t("agreement.settlement.title")));

        FlexLayout actions = new FlexLayout();
        actions.addClassName("action-bar");
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        if (page.offers(AgreementAction.SETTLE, SettleAgreementUseCase.class)) {
            actions.add(primary(Texts.t("agreement.action.SETTLE"), "settlement-settle", () -> new SettleDialog(page).open()));
        }
        if (page.offers(AgreementAction.RECORD_BALANCE, RecordPaymentUseCase.class)) {
            actions.add(primary(Texts.t("agreement.settlement.payBalance"), "settlement-pay-balance",
                    () -> new PaymentDialog(page, PaymentKind.BALANCE).open()));
        }
        if (page.offers(AgreementAction.ISSUE_RECOVERY_ORDER, IssueRecoveryOrderUseCase.class)) {
            actions.add(primary(Texts.t("agreement.settlement.issueOrder"), "settlement-issue-order",
                    () -> new RecoveryOrderDialog(page).open()));
        }

        Settlement settlement = d.settlement();
        if (settlement != null) {
            AccountFiguresList figures = new AccountFiguresList(d.account(), "settlement")
                    .figure("agreement.figure.stage", StageBadges.label(d.stage()), "stage")
                    .figure("agreement.summary.settledOn", Formats.date(settlement.settledOn()), "settled-on");
            settlement.realExpensesIfKnown().ifPresent(real -> figures.figure("agreement.settlement.real", Formats.amount(real), "real"));
            figures.figure("agreement.budget.eligible", Formats.amount(d.forecastBudget().eligibleExpenses()), "eligible")
                    .finalSubsidyIfSettled().adjustedIfDiffers().paid().keptIfDiffers().balanceDue();
            d.outstanding().forEach((ground, amount) -> figures.labelled(Texts.t("agreement.figure.outstandingOn",
                    Texts.t("agreement.recovery.ground." + ground.name())), Formats.amount(amount), "outstanding-" + slug(ground.name())));
            add(figures.toRecoverIfAny().recoveredIfAny());
            page.multiYearPlan().filter(MultiYearPlanView::settlesOnceAtEnd).filter(p -> p.yearOf(d.id()).isPresent())
                    .ifPresent(p -> add(paragraph("settlement-period", Texts.t("multiyear.settlement.settled", p.firstYear().toString(),
                            p.lastYear().budgetYear().toString()))));
        } else {
            add(notYet(page));
        }
        if (d.settlement() != null && !d.allows(AgreementAction.RECORD_BALANCE) && !d.balanceDue().isZero()
                && !d.balanceDocumentsOutstanding().isEmpty()) {
            add(new Paragraph(Texts.t("agreement.payments.waitingDocuments", String.valueOf(d.balanceDocumentsOutstanding().size()))));
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }

        add(new H3(Texts.t("agreement.recovery.orders")));
        Grid<AgreementDetails.RecoveryOrderLine> orders = BudgetTab.grid(Texts.t("agreement.recovery.orders"));
        orders.setId("recovery-orders-grid");
        orders.addColumn(o -> o.number().toString()).setHeader(Texts.t("agreement.recovery.column.number")).setAutoWidth(true);
        orders.addColumn(o -> Texts.t("agreement.recovery.ground." + o.ground().name())).setHeader(Texts.t("agreement.recovery.column.ground"))
                .setFlexGrow(2);
        orders.addColumn(o -> Formats.amount(o.amount())).setHeader(Texts.t("agreement.recovery.column.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        orders.addColumn(o -> Formats.amount(o.received())).setHeader(Texts.t("agreement.recovery.column.received"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        orders.addColumn(o -> Formats.amount(o.remainingDue())).setHeader(Texts.t("agreement.recovery.column.remaining"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        orders.addColumn(o -> Formats.date(o.issuedOn())).setHeader(Texts.t("agreement.recovery.column.issuedOn")).setAutoWidth(true);
        orders.addComponentColumn(o -> Badges.recoveryOrder(o.status())).setKey("status").setHeader(Texts.t("agreement.recovery.column.status"))
                .setAutoWidth(true);
        if (page.may(RecordRecoveryReceiptUseCase.class)) {
            orders.addComponentColumn(o -> receipt(page, o)).setKey("actions").setHeader(Texts.t("agreement.grid.actions")).setAutoWidth(true);
        }
        orders.setItems(d.recoveryOrders());
        add(orders);
    }

    /**
     * What the tab says before the settlement: on what it will be taken; for a CPO settled once at the end (D5), that a
     * year but the last cannot be settled alone and where the period is settled, or, on the last year, that settling it
     * settles the whole period.
     */
    private static Component notYet(AgreementPage page) {
        AgreementDetails d = page.details();
        Optional<MultiYearPlanView> plan = page.multiYearPlan().filter(MultiYearPlanView::settlesOnceAtEnd);
        if (plan.filter(p -> p.settledOnTheLastYear(d.id())).isPresent()) {
            MultiYearPlanView p = plan.get();
            String year = p.yearOf(d.id()).orElseThrow().budgetYear().toString();
            String text = p.lastYear().awardReference() == null
                    ? Texts.t("multiyear.settlement.middleToConfirm", year, p.firstYear().toString(), p.lastYear().budgetYear().toString())
                    : Texts.t("multiyear.settlement.middle", year, p.firstYear().toString(), p.lastYear().budgetYear().toString(),
                    p.lastYear().awardReference());
            return paragraph("settlement-middle-year", text);
        }
        if (plan.filter(p -> p.settlesThePeriod(d.id())).isPresent()) {
            return paragraph("settlement-period", SettleDialog.periodText(plan.get()));
        }
        return new Paragraph(Texts.t("agreement.settlement.notYet", Formats.amount(d.forecastBudget().eligibleExpenses())));
    }

    private static Paragraph paragraph(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }

    /** The recovery orders a receipt may be recorded on now, by this member of staff: issued, and the right to record receipts. */
    static java.util.List<AgreementDetails.RecoveryOrderLine> ordersAwaitingReceipt(AgreementPage page) {
        if (!page.may(RecordRecoveryReceiptUseCase.class)) {
            return java.util.List.of();
        }
        return page.details().recoveryOrders().stream().filter(o -> o.status() == RecoveryOrderStatus.ISSUED).toList();
    }

    private static Component receipt(AgreementPage page, AgreementDetails.RecoveryOrderLine order) {
        if (!ordersAwaitingReceipt(page).contains(order)) {
            return new Span();
        }
        Button button = new Button(Texts.t("agreement.receipt.open"), click -> new ReceiptDialog(page, order).open());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(Texts.t("agreement.receipt.openAria", order.number().toString()));
        return button;
    }

    private static String slug(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Button primary(String text, String id, Runnable open) {
        Button button = new Button(text, click -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        return button;
    }
}
