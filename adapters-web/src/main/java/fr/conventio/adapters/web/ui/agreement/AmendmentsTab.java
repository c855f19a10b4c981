package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.adapters.web.ui.agreement.dialog.AgreementPage;
import fr.conventio.adapters.web.ui.agreement.dialog.AmendDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.Texts;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.lifecycle.AmendAgreementUseCase;
import fr.conventio.application.reading.AgreementAction;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.domain.agreement.AgreementVersion;
import fr.conventio.domain.agreement.Amendment;
import fr.conventio.domain.agreement.ChangedElement;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.stream.Collectors;

/**
 * "Avenants" (M1): the amendments in order with what each changed, and every version of the agreement
 * (version 0 as signed, n after amendment n) with its key figures; "Créer un avenant" when allowed.
 */
final class AmendmentsTab extends VerticalLayout {

    AmendmentsTab(AgreementPage page) {
        AgreementDetails d = page.details();
        setPadding(false);
        add(new H3(Texts.t("agreement.amendments.title")));
        if (page.offers(AgreementAction.AMEND, AmendAgreementUseCase.class)) {
            add(SettlementTab.primary(Texts.t("agreement.amendments.create"), "amendments-create", () -> new AmendDialog(page).open()));
        }
        Grid<Amendment> amendments = BudgetTab.grid(Texts.t("agreement.amendments.title"));
        amendments.setId("amendments-grid");
        amendments.addColumn(a -> Texts.t("agreement.amendments.number", String.valueOf(a.number())))
                .setHeader(Texts.t("agreement.amendments.column.number")).setAutoWidth(true);
        amendments.addColumn(a -> Formats.date(a.date())).setHeader(Texts.t("agreement.amendments.column.date")).setAutoWidth(true);
        amendments.addColumn(Amendment::description).setHeader(Texts.t("agreement.amendments.column.description")).setFlexGrow(2);
        amendments.addColumn(a -> a.changes().stream().map(c -> c == ChangedElement.OTHER && a.otherChange() != null
                        ? Texts.t("agreement.changed." + c.name()) + " : " + a.otherChange() : Texts.t("agreement.changed." + c.name()))
                .collect(Collectors.joining(" ; "))).setHeader(Texts.t("agreement.amendments.column.changes")).setFlexGrow(2);
        amendments.setItems(d.amendments());
        add(amendments);

        add(new H3(Texts.t("agreement.versions.title")));
        Grid<AgreementVersion> versions = BudgetTab.grid(Texts.t("agreement.versions.title"));
        versions.setId("versions-grid");
        versions.addColumn(v -> v.number() == 0 ? Texts.t("agreement.versions.signed")
                        : Texts.t("agreement.versions.afterAmendment", String.valueOf(v.number())))
                .setHeader(Texts.t("agreement.versions.column.version")).setAutoWidth(true);
        versions.addColumn(v -> Formats.date(v.effectiveFrom())).setHeader(Texts.t("agreement.versions.column.from")).setAutoWidth(true);
        versions.addColumn(v -> Formats.amount(v.subsidy().votedAmount())).setHeader(Texts.t("agreement.figure.subsidy"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        versions.addColumn(v -> Formats.amount(v.forecastBudget().eligibleExpenses())).setHeader(Texts.t("agreement.budget.eligible"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        versions.addColumn(v -> Formats.rate(v.subsidy().shareOfCost(v.forecastBudget()))).setHeader(Texts.t("agreement.figure.share"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        versions.addColumn(v -> Formats.rate(v.paymentTerms().advanceRate())).setHeader(Texts.t("agreement.budget.advanceRate"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        versions.addColumn(v -> v.signatory().designation()).setHeader(Texts.t("agreement.summary.signatory")).setFlexGrow(2);
        versions.setItems(d.versions());
        add(versions);
    }
}
