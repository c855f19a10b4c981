package fr.conventio.adapters.web.ui.agreement;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.web.ui.StaffUi;
import fr.conventio.adapters.web.ui.common.Notifications;
import fr.conventio.adapters.web.ui.common.RefusalDetails;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.RuleViolationException;
import fr.conventio.domain.termination.TerminationGround;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/**
 * Issue 9: a refusal shows its French message; the rule id and the technical reason are only inside a collapsed
 * « Détails » under it, in the dialog's error area and in the error notification; a refusal no rule made has none.
 */
class RefusalDetailsTest extends AgreementPageTestBase {

    @Test
    void a_rule_refusal_in_a_dialog_shows_the_french_message_and_the_rule_only_in_collapsed_details() {
        seed.signed();
        seed.payAdvance();
        app.clock.setToday(LocalDate.of(2020, 3, 15));
        openAs("marie.responsable", "RESPONSABLE");
        app.sendFormalNotice.send(new fr.conventio.application.termination.SendFormalNoticeCommand(seed.agreementId(), seed.version(),
                fr.conventio.domain.termination.Party.FUNDER, LocalDate.of(2020, 3, 15), "RAR 1", "Actions non engagées"));
        view.reload();
        tab("Contrôle et évaluation");

        click("control-terminate");
        choose(Select.class, "Motif de résiliation", TerminationGround.BREACH_AFTER_NOTICE);
        date("Date d'effet", LocalDate.of(2020, 4, 14));
        submit();

        assertThat(dialogProblem()).startsWith("la résiliation ne peut intervenir qu'un mois après").doesNotContain("T1");
        Details details = _get(dialog(), Details.class, spec -> spec.withClasses(RefusalDetails.CLASS_NAME));
        assertThat(details.isOpened()).as("collapsed").isFalse();
        assertThat(details.getSummaryText()).isEqualTo("Détails");
        assertThat(details.getElement().getTextRecursively()).contains("Règle : T1").contains("Motif technique : RuleViolationException");
        assertThat(_get(dialog(), Div.class, spec -> spec.withClasses("form-problem-details")).isVisible()).isTrue();

        date("Date d'effet", LocalDate.of(2020, 7, 1));
        submit();
        assertThat(_find(dialog(), Details.class, spec -> spec.withClasses(RefusalDetails.CLASS_NAME)))
                .as("gone with the refusal").isEmpty();
        assertThat(field(DatePicker.class, "Date d'effet").getValue()).isEqualTo(LocalDate.of(2020, 7, 1));
    }

    @Test
    void an_error_notification_keeps_the_rule_in_collapsed_details_and_a_plain_refusal_has_none() {
        seed.setUpParties();
        seed.createDraft();
        openAs("marie.responsable", "RESPONSABLE");

        Notifications.error(new RuleViolationException("V1", "montant", "l'acompte dépasse le plafond de 64 000,00 €"));
        Notification withRule = NotificationsKt.getNotifications().getLast();
        Details details = _get(withRule, Details.class, spec -> spec.withClasses(RefusalDetails.CLASS_NAME));

        assertThat(StaffUi.notificationText(withRule)).isEqualTo("l'acompte dépasse le plafond de 64 000,00 €");
        assertThat(details.isOpened()).isFalse();
        assertThat(details.getElement().getTextRecursively()).contains("Règle : V1", "RuleViolationException", "« montant »");

        Notifications.error(new DomainException("Cette association a des conventions : elle ne peut pas être supprimée."));
        Notification plain = NotificationsKt.getNotifications().getLast();
        assertThat(StaffUi.notificationText(plain)).isEqualTo("Cette association a des conventions : elle ne peut pas être supprimée.");
        assertThat(_find(plain, Details.class)).isEmpty();
    }
}
