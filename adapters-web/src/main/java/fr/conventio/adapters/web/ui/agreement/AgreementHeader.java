package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.adapters.web.ui.agreement.dialog.AgreementPage;
import fr.conventio.adapters.web.ui.agreement.dialog.Texts;
import fr.conventio.adapters.web.ui.common.StageBadges;
import fr.conventio.application.reading.AgreementDetails;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The page header: reference (the page's heading), association, stage badge, year, and the key figures
 * of the agreement's account (subsidy voted, in force and final, share of cost, advance cap, paid, kept,
 * balance due, what is to claim, to recover and recovered), as the account computed them.
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
        Badge stage = StageBadges.of(d.stage());
        stage.setId("agreement-stage");
        HorizontalLayout identity = new HorizontalLayout(title, stage, association, year);
        identity.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        identity.getStyle().set("flex-wrap", "wrap");

        AccountFiguresList figures = new AccountFiguresList(d.account(), "figure").voted().inForceIfDiffers().finalSubsidyIfSettled()
                .adjustedIfDiffers()
                .figure("agreement.figure.share", Formats.rate(d.shareOfCost()), "share")
                .advanceCapOrNextInstalment(d.instalments()).paid().keptIfDiffers().balanceDue().outstandingIfAny().toRecoverIfAny().recoveredIfAny();
        figures.addClassName("key-figures");
        add(identity, figures);
    }
}
