package fr.conventio.adapters.web.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;
import java.util.Map;

/**
 * The login page (French), posting to Spring Security's /login (with its CSRF token, which the login form
 * takes from the page). It says why the user is here: {@code ?error} wrong user name or password (the same
 * sentence whether the user exists or not), {@code ?locked=<minutes>} sign-in locked after too many
 * failures, {@code ?expired} session closed after the idle timeout.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(frenchI18n());
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("page-title");
        add(title, new Paragraph(getTranslation("login.subtitle")), login);
    }

    private LoginI18n frenchI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        LoginI18n i18n = frenchI18n();
        if (parameters.containsKey("locked")) {
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message", minutes(parameters.get("locked"))));
        } else if (parameters.containsKey("expired")) {
            i18n.getErrorMessage().setTitle(getTranslation("login.expired.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.expired.message"));
        }
        login.setI18n(i18n);
        login.setError(parameters.containsKey("error") || parameters.containsKey("locked") || parameters.containsKey("expired"));
    }

    /** The minutes left in the lock-out, as the failure handler put them (1 to 1440; anything else reads as "a few"). */
    private String minutes(List<String> values) {
        try {
            int minutes = Integer.parseInt(values.isEmpty() ? "" : values.getFirst());
            if (minutes >= 1 && minutes <= 1440) {
                return getTranslation(minutes == 1 ? "login.locked.minute" : "login.locked.minutes", String.valueOf(minutes));
            }
        } catch (NumberFormatException notANumber) {
            // a hand-made URL: say it without a number
        }
        return getTranslation("login.locked.someMinutes");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " — " + getTranslation("app.title");
    }
}
