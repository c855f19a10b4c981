package fr.conventio.adapters.web.ui.calendar;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.adapters.web.ui.StaffUi;
import fr.conventio.application.calendar.GetCalendarFeedQuery;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.security.Roles;
import fr.conventio.application.shared.NotFoundException;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/** « Mon agenda »: the subscription address shown once, regenerated and revoked after a confirmation. */
class CalendarViewTest {

    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));

    @AfterEach
    void tearDown() {
        StaffUi.stop();
    }

    private CalendarView open(String login, String role) {
        StaffUi.start(app, login, role);
        app.currentUser.actAs(login);
        UI.getCurrent().navigate(CalendarView.class);
        return _get(CalendarView.class);
    }

    private static String tokenOf(String address) {
        return address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
    }

    @Test
    void the_address_is_created_shown_once_and_opens_the_feed() {
        CalendarView view = open("instructeur.test", Roles.INSTRUCTEUR);
        assertThat(view.status.getText()).isEqualTo("Vous n'avez pas d'adresse d'abonnement.");
        assertThat(view.create.getText()).isEqualTo("Créer mon adresse d'abonnement");
        assertThat(view.revokeButton.isEnabled()).isFalse();
        assertThat(view.issued.isVisible()).isFalse();

        view.create.click();

        assertThat(view.issued.isVisible()).isTrue();
        assertThat(view.address.getValue()).contains("calendrier/").endsWith(".ics");
        assertThat(view.status.getText()).isEqualTo("Votre adresse d'abonnement est active depuis le 06/01/2020.");
        assertThat(view.create.getText()).isEqualTo("Régénérer l'adresse");
        assertThat(app.getCalendarFeed.feed(new GetCalendarFeedQuery(tokenOf(view.address.getValue()), null)).events()).isEmpty();

        CalendarView again = open("instructeur.test", Roles.INSTRUCTEUR);
        assertThat(again.issued.isVisible()).as("the secret is not shown again").isFalse();
        assertThat(again.address.getValue()).isEmpty();
    }

    @Test
    void regenerating_after_confirmation_closes_the_previous_address_and_revoking_closes_the_new_one() {
        CalendarView view = open("instructeur.test", Roles.INSTRUCTEUR);
        view.create.click();
        String first = tokenOf(view.address.getValue());

        view.create.click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        String second = tokenOf(view.address.getValue());

        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> app.getCalendarFeed.feed(new GetCalendarFeedQuery(first, null))).isInstanceOf(NotFoundException.class);

        view.revokeButton.click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(view.issued.isVisible()).isFalse();
        assertThat(view.status.getText()).isEqualTo("Vous n'avez pas d'adresse d'abonnement.");
        assertThatThrownBy(() -> app.getCalendarFeed.feed(new GetCalendarFeedQuery(second, null))).isInstanceOf(NotFoundException.class);
        assertThat(app.calendarTokens.audited()).containsExactly("INSERT instructeur.test", "UPDATE instructeur.test",
                "DELETE instructeur.test");
    }

    @Test
    void a_read_only_account_is_told_it_keeps_no_address() {
        CalendarView view = open("lecture.test", Roles.LECTURE);

        assertThat(view.create.isVisible()).isFalse();
        assertThat(view.revokeButton.isVisible()).isFalse();
    }
}
