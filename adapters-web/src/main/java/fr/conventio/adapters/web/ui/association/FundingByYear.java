package fr.conventio.adapters.web.ui.association;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.association.AgreementFunding;
import fr.conventio.application.association.YearFunding;
import fr.conventio.domain.agreement.FundingSourceKind;
import fr.conventio.domain.shared.Amount;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * « Financements par exercice » of the association page: per budget year, most recent first, the funder's
 * agreements (reference, subsidy voted, subsidy in force), the funder's annual total (what O4 and D3 count), and
 * what the financing plans of those agreements declare from other funders, per kind, with their total. Every
 * amount as the application read it from what the domain stored; nothing is added up here but in the read model.
 */
final class FundingByYear extends VerticalLayout {

    /** One line of the other funders' table: a kind (or the total, {@code kind == null}) and its amount. */
    record OtherFunder(FundingSourceKind kind, Amount amount) {
    }

    FundingByYear() {
        setId("association-funding");
        setPadding(false);
        setSpacing(true);
    }

    void show(List<YearFunding> years) {
        removeAll();
        if (years.isEmpty()) {
            add(new Paragraph(getTranslation("association.funding.none")));
            return;
        }
        years.forEach(this::year);
    }

    private void year(YearFunding year) {
        int y = year.budgetYear().value();
        H4 heading = new H4(getTranslation("association.funding.year", String.valueOf(y)));
        heading.setId("association-funding-" + y);

        Grid<AgreementFunding> agreements = new Grid<>();
        agreements.setId("association-funding-agreements-" + y);
        agreements.setAriaLabel(getTranslation("association.funding.agreements", String.valueOf(y)));
        agreements.setAllRowsVisible(true);
        agreements.addComponentColumn(a -> AssociationView.agreementLink(a.agreementId(), a.reference().value()))
                .setHeader(getTranslation("association.agreement.reference")).setAutoWidth(true);
        agreements.addColumn(a -> Formats.amount(a.votedSubsidy())).setHeader(getTranslation("association.agreement.subsidy"))
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(a -> "amount").setAutoWidth(true);
        agreements.addColumn(a -> Formats.amount(a.subsidyInForce())).setHeader(getTranslation("association.funding.inForce"))
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(a -> "amount").setAutoWidth(true);
        agreements.setItems(year.agreements());

        Paragraph total = new Paragraph(getTranslation("association.funding.funderTotal", Formats.amount(year.funderTotal())));
        total.setId("association-funding-total-" + y);
        total.addClassName("funding-total");

        add(heading, agreements, total);

        if (year.otherFunders().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("association.funding.others.none"));
            none.setId("association-funding-others-" + y);
            add(none);
            return;
        }
        List<OtherFunder> lines = new ArrayList<>();
        for (Map.Entry<FundingSourceKind, Amount> e : year.otherFunders().entrySet()) {
            lines.add(new OtherFunder(e.getKey(), e.getValue()));
        }
        lines.add(new OtherFunder(null, year.otherFundersTotal()));
        Grid<OtherFunder> others = new Grid<>();
        others.setId("association-funding-others-" + y);
        others.setAriaLabel(getTranslation("association.funding.others", String.valueOf(y)));
        others.setAllRowsVisible(true);
        others.addColumn(o -> o.kind() == null ? getTranslation("association.funding.others.total")
                        : getTranslation("agreement.budget.source." + o.kind().name()))
                .setHeader(getTranslation("association.funding.others.kind")).setAutoWidth(true);
        others.addColumn(o -> Formats.amount(o.amount())).setHeader(getTranslation("association.funding.others.amount"))
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(o -> o.kind() == null ? "amount total" : "amount").setAutoWidth(true);
        others.setItems(lines);
        add(others);
    }
}
