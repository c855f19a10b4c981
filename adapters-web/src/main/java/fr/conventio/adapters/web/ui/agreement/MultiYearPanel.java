package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.adapters.web.ui.agreement.dialog.AgreementPage;
import fr.conventio.adapters.web.ui.agreement.dialog.ConfirmYearDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.PlanYearsDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.Texts;
import fr.conventio.application.multiyear.ConfirmAgreementYearUseCase;
import fr.conventio.application.multiyear.MultiYearPlanView;
import fr.conventio.application.multiyear.PlanMultiYearAgreementUseCase;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.multiyear.PlannedYearStatus;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.Optional;

/**
 * D5: the years of a multi-year agreement on the page of its first year or of a yearly agreement: each year with its
 * amount, « confirmée » (with its agreement) or « à confirmer » (never counted as committed), the totals, and the
 * actions: planning the years of a draft (case work), confirming the next year once year 1 is signed (a manager).
 */
final class MultiYearPanel extends Div {

    MultiYearPanel(AgreementPage page, Optional<MultiYearPlanView> plan, PlanMultiYearAgreementUseCase planUseCase,
                   ConfirmAgreementYearUseCase confirmUseCase) {
        setId("multiyear-panel");
        addClassName("multiyear-panel");
        getStyle().set("margin", "var(--lumo-space-s) 0").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)");
        boolean draft = page.details().status() == AgreementStatus.DRAFT;
        if (plan.isEmpty()) {
            add(new Paragraph(Texts.t("multiyear.panel.annual")));
        } else {
            MultiYearPlanView p = plan.get();
            add(new H3(Texts.t("multiyear.panel.title", String.valueOf(p.years().size()),
                    p.years().getFirst().budgetYear().toString(), p.years().getLast().budgetYear().toString())));
            Div list = new Div();
            list.setId("multiyear-years-list");
            list.getElement().setAttribute("role", "list");
            for (MultiYearPlanView.Year year : p.years()) {
                Div row = new Div();
                row.getElement().setAttribute("role", "listitem");
                row.addClassName("multiyear-year");
                // year 1 is this very agreement: before its signature it is not confirmed yet but committed by signing
                boolean unsignedFirstYear = year.rank() == 1 && (draft || page.details().status() == AgreementStatus.APPROVED);
                String status = unsignedFirstYear ? Texts.t("multiyear.status.firstYearUnsigned")
                        : Texts.t("multiyear.status." + year.status().name());
                row.add(new Span(Texts.t("multiyear.panel.year", String.valueOf(year.rank()), year.budgetYear().toString(),
                        Formats.amount(year.amount()), status)));
                if (year.status() == PlannedYearStatus.CONFIRMED && year.awardId() != null) {
                    row.add(new Span(" — "));
                    if (year.awardId().equals(page.details().id())) {
                        row.add(new Span(Texts.t("multiyear.panel.thisAgreement", year.awardReference())));
                    } else {
                        Anchor link = new Anchor("conventions/" + year.awardId().value(), year.awardReference());
                        link.setId("multiyear-link-" + year.rank());
                        row.add(link);
                    }
                    if (year.confirmationKind() != null) {
                        row.add(new Span(" " + Texts.t("multiyear.panel.confirmedBy", Texts.t("multiyear.kind." + year.confirmationKind().name()),
                                Formats.date(year.confirmedOn()))));
                    }
                }
                list.add(row);
            }
            add(list);
            add(new Paragraph(Texts.t("multiyear.panel.totals", Formats.amount(p.plannedTotal()), Formats.amount(p.confirmedTotal()),
                    Formats.amount(p.toConfirmTotal()))));
            add(new Paragraph(Texts.t("multiyear.panel.mode", Texts.t("multiyear.mode." + p.settlementMode().name()))));
        }
        FlexLayout bar = new FlexLayout();
        bar.getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        if (draft && page.may(PlanMultiYearAgreementUseCase.class)) {
            Button button = new Button(Texts.t(plan.isEmpty() ? "multiyear.action.plan" : "multiyear.action.replan"),
                    click -> new PlanYearsDialog(page, planUseCase, plan).open());
            button.setId("action-plan-years");
            bar.add(button);
        }
        plan.filter(p -> p.nextToConfirm() != null && p.headAgreementId().equals(page.details().id()))
                .filter(p -> page.details().status() != AgreementStatus.DRAFT && page.details().status() != AgreementStatus.APPROVED
                        && page.details().status() != AgreementStatus.TERMINATED)
                .filter(p -> page.may(ConfirmAgreementYearUseCase.class))
                .ifPresent(p -> {
                    Button button = new Button(Texts.t("multiyear.action.confirm", p.nextToConfirm().toString()),
                            click -> new ConfirmYearDialog(page, confirmUseCase, p).open());
                    button.setId("action-confirm-year");
                    bar.add(button);
                });
        if (bar.getComponentCount() > 0) {
            add(bar);
        }
    }
}
