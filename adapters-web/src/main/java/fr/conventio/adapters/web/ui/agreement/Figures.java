package fr.conventio.adapters.web.ui.agreement;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;

/** Label/value pairs as a description list ({@code <dl>}): read by screen readers as such, laid out as a dense grid. */
final class Figures extends DescriptionList {

    Figures() {
        addClassName("figures");
    }

    /** Adds a figure; {@code id} (optional) names the value for tests and links. */
    Figures add(String label, String value, String id) {
        Span shown = new Span(value == null || value.isEmpty() ? "—" : value);
        if (id != null) {
            shown.setId(id);
        }
        add(new Term(label), new Description(shown));
        return this;
    }

    Figures add(String label, String value) {
        return add(label, value, null);
    }
}
