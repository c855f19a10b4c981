package fr.conventio.adapters.web.ui.agreement;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;

/** Label/value pairs as a description list ({@code <dl>}): read by screen readers as such, laid out as a dense grid. */
class Figures extends DescriptionList {

    Figures() {
        addClassName("figures");
        setWidthFull();
        getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(13rem, 1fr))")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-l)").set("margin", "var(--lumo-space-s) 0");
    }

    /** Adds a figure; {@code id} (optional) names the value for tests and links. */
    Figures add(String label, String value, String id) {
        Span shown = new Span(value == null || value.isEmpty() ? "—" : value);
        if (id != null) {
            shown.setId(id);
        }
        Term term = new Term(label);
        term.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Description description = new Description(shown);
        description.getStyle().set("margin", "0").set("font-weight", "600").set("font-variant-numeric", "tabular-nums");
        com.vaadin.flow.component.html.Div pair = new com.vaadin.flow.component.html.Div(term, description);
        add(pair);
        return this;
    }

    Figures add(String label, String value) {
        return add(label, value, null);
    }
}
