package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.application.drafting.GetSubsidyCommitmentsCheckQuery;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.domain.agreement.AgreementStatus;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;
import java.util.Optional;

/**
 * Warns, before the signature, of what would refuse it on the budget lines (B4: the year's budget not adopted, an
 * envelope short for the subsidy), by the use case that runs the lines' own check: on the page of a draft or an
 * approved agreement and in the approval and signature dialogs.
 */
public final class SignatureWarnings {

    private SignatureWarnings() {
    }

    /** What the signature would meet now, for an agreement not signed yet; empty otherwise or when it cannot be told. */
    static List<String> of(AgreementPage page) {
        AgreementDetails d = page.details();
        if (d.status() != AgreementStatus.DRAFT && d.status() != AgreementStatus.APPROVED) {
            return List.of();
        }
        try {
            return page.useCases().checkCommitments().check(new GetSubsidyCommitmentsCheckQuery(d.budgetYear(), d.id(), d.subsidy().split()))
                    .problems();
        } catch (RuntimeException cannotTell) {
            return List.of();
        }
    }

    /** The warning block with {@code id}, or empty when the signature would commit the split. */
    public static Optional<Div> panel(AgreementPage page, String id) {
        List<String> problems = of(page);
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        Div panel = new Div();
        panel.setId(id);
        panel.addClassName("signature-warning");
        panel.getElement().setAttribute("role", "status");
        panel.getStyle().set("background", "var(--lumo-warning-color-10pct, var(--lumo-contrast-5pct))")
                .set("border-left", "4px solid var(--lumo-warning-color, var(--lumo-contrast-50pct))")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)");
        UnorderedList list = new UnorderedList();
        list.getStyle().set("margin", "0");
        problems.forEach(problem -> list.add(new ListItem(problem)));
        panel.add(new Paragraph(Texts.t("agreement.signatureWarning.title", page.details().budgetYear().toString())), list,
                new Paragraph(Texts.t("agreement.signatureWarning.fix")));
        return Optional.of(panel);
    }
}
