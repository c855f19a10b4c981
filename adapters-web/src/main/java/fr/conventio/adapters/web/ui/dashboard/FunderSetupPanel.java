package fr.conventio.adapters.web.ui.dashboard;

import fr.conventio.adapters.web.ui.admin.AdministrationView;
import fr.conventio.application.funder.FunderSetupChecklist;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;

/**
 * The funder setup checklist on the dashboard (for administrators and managers, until done): each step with its
 * state ("Fait" / "À faire"), the budget lines it still lacks, and where it is done — a link to the administration
 * page for whoever may open it, a sentence naming it for the others.
 */
final class FunderSetupPanel extends Section {

    FunderSetupPanel(FunderSetupChecklist checklist, boolean mayFix) {
        setId("dashboard-setup");
        setWidthFull();
        addClassName("funder-setup");
        getStyle().set("border", "1px solid var(--lumo-warning-color-50pct, var(--lumo-contrast-30pct))")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "0 var(--lumo-space-m) var(--lumo-space-s)")
                .set("box-sizing", "border-box");
        String year = String.valueOf(checklist.year().value());
        H3 title = new H3(getTranslation("dashboard.setup.title", year));
        title.setId("dashboard-setup-title");
        getElement().setAttribute("aria-labelledby", "dashboard-setup-title");
        Paragraph intro = new Paragraph(getTranslation("dashboard.setup.intro", year));
        UnorderedList steps = new UnorderedList();
        steps.setId("dashboard-setup-steps");
        steps.getStyle().set("list-style", "none").set("padding-left", "0").set("margin", "0");
        for (FunderSetupChecklist.Item item : checklist.items()) {
            ListItem line = new ListItem();
            line.setId("dashboard-setup-" + item.step().name().toLowerCase().replace('_', '-'));
            line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                    .set("align-items", "baseline").set("margin-bottom", "var(--lumo-space-xs)");
            Badge state = new Badge(getTranslation(item.done() ? "dashboard.setup.done" : "dashboard.setup.todo"));
            state.addThemeVariants(item.done() ? BadgeVariant.SUCCESS : BadgeVariant.WARNING);
            line.add(state, new Span(getTranslation("dashboard.setup.step." + item.step().name(), year)));
            if (!item.missingLines().isEmpty()) {
                line.add(new Span(getTranslation("dashboard.setup.missing", String.join(", ", item.missingLines()))));
            }
            if (!item.done() && mayFix) {
                RouterLink fix = new RouterLink(getTranslation("dashboard.setup.fix"), AdministrationView.class);
                fix.getElement().setAttribute("aria-label", getTranslation("dashboard.setup.fixLabel",
                        getTranslation("dashboard.setup.step." + item.step().name(), year)));
                line.add(fix);
            }
            steps.add(line);
        }
        add(title, intro, steps);
        if (!mayFix) {
            Paragraph who = new Paragraph(getTranslation("dashboard.setup.byAdministrator"));
            who.setId("dashboard-setup-who");
            add(who);
        }
    }
}
