package fr.conventio.adapters.web.ui.error;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import fr.conventio.adapters.web.ui.dashboard.DashboardView;

/**
 * What every error page shows: a title, what happened and what to do, in French, and a link back to
 * the dashboard. Texts only: nothing from the exception but what a subclass chooses to show.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    final H2 title = new H2();
    final Paragraph explanation = new Paragraph();
    final Paragraph detail = new Paragraph();
    final RouterLink back = new RouterLink();

    ErrorPage(String titleKey, String explanationKey) {
        setId("error-page");
        title.setId("error-title");
        title.addClassName("page-title");
        title.setText(getTranslation(titleKey));
        explanation.setText(getTranslation(explanationKey));
        detail.setId("error-detail");
        detail.setVisible(false);
        back.setId("error-back");
        back.setText(getTranslation("error.back"));
        back.setRoute(DashboardView.class);
        add(title, explanation, detail, back);
    }

    /** A sentence written for staff (never an exception's own message), shown under the explanation. */
    void showDetail(String text) {
        detail.setText(text);
        detail.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " — " + getTranslation("app.title");
    }
}
