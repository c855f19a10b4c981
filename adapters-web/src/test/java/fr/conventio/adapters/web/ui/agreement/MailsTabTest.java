package fr.conventio.adapters.web.ui.agreement;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import fr.conventio.application.mail.MailAttachment;
import fr.conventio.application.mail.OutboxEntry;
import fr.conventio.application.mail.OutboxMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Courriels": the e-mails of the agreement, to whom, when, where each stands, in French. */
class MailsTabTest extends AgreementPageTestBase {

    @Test
    @SuppressWarnings("unchecked")
    void the_mails_tab_lists_what_was_sent_to_whom_and_what_waits_or_failed_the_latest_first() {
        seed.signed();
        Instant queued = Instant.parse("2021-06-15T06:00:00Z");
        OutboxMessage reminder = OutboxMessage.create("rappel:1", List.of("contact@scs-exemple.fr"), "Rappel : compte rendu financier",
                "texte", null, List.of(), seed.agreementId(), queued);
        OutboxMessage letter = OutboxMessage.create("lettre:1", List.of("contact@scs-exemple.fr"), "Mise en demeure", "texte", null,
                List.of(new MailAttachment("mise-en-demeure.pdf", "application/pdf", "%PDF".getBytes(StandardCharsets.UTF_8))),
                seed.agreementId(), queued.plus(Duration.ofDays(1)));
        app.outbox.enqueue(reminder);
        app.outbox.claim(1, queued, Duration.ofMinutes(5));
        app.outbox.markSent(reminder.id(), queued.plusSeconds(30));
        app.outbox.enqueue(letter);
        app.outbox.claim(1, queued.plus(Duration.ofDays(1)), Duration.ofMinutes(5));
        app.outbox.retryLater(letter.id(), queued.plus(Duration.ofDays(1)).plusSeconds(60), "Connection refused");

        openAs("lea.lecture", "LECTURE");
        tab("Courriels");

        Grid<OutboxEntry> grid = _get(Grid.class, s -> s.withId("mails-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("16/06/2021 à 08:00", "contact@scs-exemple.fr",
                "Mise en demeure (pièces jointes : mise-en-demeure.pdf)", "Nouvel essai prévu (essais déjà faits : 1)");
        assertThat(GridKt._getFormattedRow(grid, 1)).containsExactly("15/06/2021 à 08:00", "contact@scs-exemple.fr",
                "Rappel : compte rendu financier", "Envoyé le 15/06/2021 à 08:00");
    }
}
