package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.reading.AgreementDetails;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The page header: reference (the page's heading), association, status badge, year, and the key figures
 * (subsidy, share of cost, advance cap, paid so far, remaining to pay), all from the read model.
 */
final class AgreementHeader extends Div {

    AgreementHeader(AgreementPage page) {
        AgreementDetails d = page.details();
        addClassName("agreement-header");
        setWidthFull();

        H2 title = new H2(d.reference());
        title.addClassName("page-title");
        title.setId("agreement-title");
        Span association = new Span(d.associationName());
        association.setId("agreement-association");
        Span year = new Span(Texts.t("agreement.header.year", String.valueOf(d.budgetYear().value())));
        year.setId("agreement-year");
        HorizontalLayout identity = new HorizontalLayout(title, Badges.agreement(d.status()), association, year);
        identity.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        identity.getStyle().set("flex-wrap", "wrap");

        Figures figures = new Figures()
                .add(Texts.t("agreement.figure.subsidy"), Formats.amount(d.subsidy().votedAmount()), "figure-subsidy")
                .add(Texts.t("agreement.figure.share"), Formats.rate(d.shareOfCost()), "figure-share")
                .add(Texts.t("agreement.figure.advanceCap"), Formats.amount(d.advanceCap()), "figure-advance-cap")
                .add(Texts.t("agreement.figure.paid"), Formats.amount(d.totalPaid()), "figure-paid")
                .add(Texts.t("agreement.figure.remaining"), Formats.amount(d.balanceDue()), "figure-remaining");
        if (!d.subsidyInForce().equals(d.subsidy().votedAmount())) {
            figures.add(Texts.t("agreement.figure.subsidyInForce"), Formats.amount(d.subsidyInForce()), "figure-subsidy-in-force");
        }
        if (d.settlement() != null) {
            figures.add(Texts.t("agreement.figure.finalSubsidy"), Formats.amount(d.adjustedSubsidy()), "figure-final-subsidy");
        }
        figures.addClassName("key-figures");
        add(identity, figures);
    }
}
