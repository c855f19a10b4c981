package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.adapters.web.ui.agreement.dialog.AgreementPage;
import fr.conventio.adapters.web.ui.agreement.dialog.CancelPaymentDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.PaymentDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.Texts;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.payment.CancelPaymentUseCase;
import fr.conventio.application.payment.RecordPaymentUseCase;
import fr.conventio.application.reading.AgreementAction;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.domain.agreement.AgreementVersion;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentStatus;
import fr.conventio.domain.shared.BudgetLineId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * "Versements": the account's figures (advance cap, advance still possible, paid, cancelled, kept, balance
 * due), the payments (kind, amount, charge on each budget line, value date, payment order,
 * status), "Enregistrer un versement" when an advance or the balance may be recorded now, and the
 * cancellation of a payment order with its reason.
 */
final class PaymentsTab extends VerticalLayout {

    PaymentsTab(AgreementPage page) {
        AgreementDetails d = page.details();
        setPadding(false);
        add(new H3(Texts.t("agreement.payments.title")));
        AccountFiguresList figures = new AccountFiguresList(d.account(), "payments").advanceCapOrNextInstalment(d.instalments());
        if (!d.account().advanceAvailable().isZero()) {
            figures.advanceAvailable();
        }
        add(figures.paid().cancelledIfAny().keptIfDiffers().balanceDue());

        boolean advance = page.offers(AgreementAction.RECORD_ADVANCE, RecordPaymentUseCase.class);
        boolean instalment = page.offers(AgreementAction.RECORD_INSTALMENT, RecordPaymentUseCase.class);
        boolean balance = page.offers(AgreementAction.RECORD_BALANCE, RecordPaymentUseCase.class);
        if (!d.instalments().isEmpty()) {
            add(instalments(d));
        }
        if (advance || instalment || balance) {
            PaymentKind first = advance ? PaymentKind.ADVANCE : instalment ? PaymentKind.INSTALMENT : PaymentKind.BALANCE;
            Button record = new Button(Texts.t("agreement.payments.record"), click -> new PaymentDialog(page, first).open());
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.setId("payments-record");
            add(record);
        } else if (!d.balanceDocumentsOutstanding().isEmpty() && d.settlement() != null && !d.balanceDue().isZero()) {
            add(new Span(Texts.t("agreement.payments.waitingDocuments", String.valueOf(d.balanceDocumentsOutstanding().size()))));
        }

        Grid<AgreementDetails.PaymentLine> grid = BudgetTab.grid(Texts.t("agreement.payments.title"));
        grid.setId("payments-grid");
        grid.addColumn(p -> Texts.t("agreement.payment.kind." + p.kind().name())).setHeader(Texts.t("agreement.payments.column.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Formats.amount(p.amount())).setHeader(Texts.t("agreement.payments.column.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.charges().stream().map(c -> lineLabel(d, c.budgetLineId()) + " : " + Formats.amount(c.amount()))
                .collect(Collectors.joining(" ; "))).setHeader(Texts.t("agreement.payments.column.charges")).setFlexGrow(3); // the short columns do not grow: the charges get the width
        grid.addColumn(p -> Formats.date(p.valueDate())).setHeader(Texts.t("agreement.payments.column.valueDate")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.orderReference() == null ? "—" : p.orderReference()).setHeader(Texts.t("agreement.payments.column.order"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> Badges.payment(p.status())).setKey("status").setHeader(Texts.t("agreement.payments.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.status() == PaymentStatus.CANCELLED
                ? Texts.t("agreement.payments.cancelled", Formats.date(p.cancelledOn()), String.valueOf(p.cancelledBy()), p.cancellationReason())
                : "").setHeader(Texts.t("agreement.payments.column.note")).setFlexGrow(1);
        if (page.may(CancelPaymentUseCase.class)) {
            grid.addComponentColumn(p -> {
                if (p.status() != PaymentStatus.RECORDED) {
                    return new Span();
                }
                Button cancel = new Button(Texts.t("agreement.payments.cancel"), click -> new CancelPaymentDialog(page, p).open());
                cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                cancel.setAriaLabel(Texts.t("agreement.payments.cancelAria", Texts.t("agreement.payment.kind." + p.kind().name()),
                        Formats.amount(p.amount()), Formats.date(p.valueDate())));
                return cancel;
            }).setKey("actions").setHeader(Texts.t("agreement.grid.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(d.payments());
        add(grid);
    }

    /** The schedule of instalments (V5): each instalment, its amount, what it waits for and its state today. */
    private static Grid<fr.conventio.domain.account.InstalmentState> instalments(AgreementDetails d) {
        Grid<fr.conventio.domain.account.InstalmentState> grid = BudgetTab.grid(Texts.t("agreement.instalments.title"));
        grid.setId("instalments-grid");
        grid.addColumn(i -> Texts.t("agreement.instalments.number", String.valueOf(i.number())))
                .setHeader(Texts.t("agreement.instalments.column.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> Formats.amount(i.amount())).setHeader(Texts.t("agreement.instalments.column.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> fr.conventio.adapters.web.ui.agreement.dialog.InstalmentLabels.condition(i.instalment())).setHeader(Texts.t("agreement.instalments.column.condition")).setFlexGrow(2);
        grid.addComponentColumn(i -> Badges.instalment(i.state())).setKey("state")
                .setHeader(Texts.t("agreement.instalments.column.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.paymentDate().map(date -> Texts.t("agreement.instalments.paidOn", Formats.amount(i.paid()), Formats.date(date)))
                .orElse("")).setHeader(Texts.t("agreement.instalments.column.paid")).setFlexGrow(1);
        grid.setItems(d.instalments());
        return grid;
    }

    /** The label of a budget line in the subsidy's split, or in an earlier version's for a line an amendment took out. */
    static String lineLabel(AgreementDetails d, BudgetLineId id) {
        return Stream.concat(Stream.of(d.subsidy()), d.versions().reversed().stream().map(AgreementVersion::subsidy))
                .flatMap(subsidy -> subsidy.split().stream()).filter(a -> a.budgetLineId().equals(id)).map(SubsidyAllocation::label)
                .filter(label -> label != null).findFirst().orElse(Texts.t("agreement.budget.line"));
    }
}
