package fr.conventio.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.mail.MailAttachment;
import fr.conventio.application.mail.OutboxDeliveryPort;
import fr.conventio.application.mail.OutboxDeliveryPort.Claimed;
import fr.conventio.application.mail.OutboxMessage;
import fr.conventio.application.mail.OutboxPort;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outbox, the same on the fake and on PostgreSQL: one message per key, claims with a lease, retries, attempts. */
public abstract class OutboxContract {

    protected static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");
    protected static final Duration LEASE = Duration.ofMinutes(5);

    protected abstract OutboxPort outbox();

    protected abstract OutboxDeliveryPort delivery();

    protected static OutboxMessage message(String key, Instant queuedAt, MailAttachment... attachments) {
        return OutboxMessage.create(key, List.of("contact@asso-exemple.fr"), "Rappel : " + key, "Bonjour,\n\n" + key,
                null, List.of(attachments), null, queuedAt);
    }

    @Test
    void a_message_is_queued_once_per_key() {
        assertThat(outbox().enqueue(message("rappel:a", T0))).isTrue();
        assertThat(outbox().enqueue(message("rappel:a", T0.plusSeconds(1)))).isFalse();

        assertThat(delivery().claim(10, T0, LEASE)).singleElement().satisfies(claimed -> {
            assertThat(claimed.message().dedupKey()).isEqualTo("rappel:a");
            assertThat(claimed.attempt()).isEqualTo(1);
        });
    }

    @Test
    void an_audited_message_is_queued_once_per_key_too() {
        MailAttachment letter = new MailAttachment("convention.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8));
        assertThat(outbox().enqueueAudited(message("document:a", T0, letter))).isTrue();
        assertThat(outbox().enqueueAudited(message("document:a", T0.plusSeconds(1), letter))).isFalse();
        assertThat(outbox().enqueue(message("document:a", T0.plusSeconds(2)))).isFalse();

        assertThat(delivery().claim(10, T0.plusSeconds(3), LEASE)).singleElement()
                .satisfies(claimed -> assertThat(claimed.message().attachments()).containsExactly(letter));
    }

    @Test
    void the_message_comes_back_whole_with_its_attachments() {
        MailAttachment letter = new MailAttachment("mise-en-demeure.pdf", "application/pdf", "%PDF-1.7 lettre".getBytes(StandardCharsets.UTF_8));
        OutboxMessage queued = OutboxMessage.create("lettre:1", List.of("contact@asso-exemple.fr", "president@asso-exemple.fr"),
                "Mise en demeure", "Texte é ü €", "<p>Texte</p>", List.of(letter), null, T0);
        outbox().enqueue(queued);

        OutboxMessage claimed = delivery().claim(10, T0, LEASE).getFirst().message();

        assertThat(claimed).isEqualTo(queued);
        assertThat(claimed.attachments()).containsExactly(letter);
        assertThat(claimed.messageId()).isEqualTo("<" + queued.id() + "@conventio>");
    }

    @Test
    void a_claimed_message_is_not_claimed_again_while_leased_then_is_after_the_lease() {
        outbox().enqueue(message("rappel:a", T0));
        assertThat(delivery().claim(10, T0, LEASE)).hasSize(1);

        assertThat(delivery().claim(10, T0.plus(LEASE).minusSeconds(1), LEASE)).isEmpty();
        assertThat(delivery().claim(10, T0.plus(LEASE).plusSeconds(1), LEASE)).singleElement()
                .extracting(Claimed::attempt).isEqualTo(2);
    }

    @Test
    void a_sent_message_is_never_claimed_again() {
        outbox().enqueue(message("rappel:a", T0));
        Claimed claimed = delivery().claim(10, T0, LEASE).getFirst();
        delivery().markSent(claimed.message().id(), T0.plusSeconds(2));

        assertThat(delivery().claim(10, T0.plus(Duration.ofDays(1)), LEASE)).isEmpty();
    }

    @Test
    void a_failed_attempt_is_retried_from_its_next_attempt_and_given_up_when_failed() {
        outbox().enqueue(message("rappel:a", T0));
        Claimed first = delivery().claim(10, T0, LEASE).getFirst();
        delivery().retryLater(first.message().id(), T0.plusSeconds(60), "Connexion refusée");

        assertThat(delivery().claim(10, T0.plusSeconds(59), LEASE)).isEmpty();
        Claimed second = delivery().claim(10, T0.plusSeconds(60), LEASE).getFirst();
        assertThat(second.attempt()).isEqualTo(2);
        delivery().markFailed(second.message().id(), "Connexion refusée");

        assertThat(delivery().claim(10, T0.plus(Duration.ofDays(1)), LEASE)).isEmpty();
        assertThat(outbox().enqueue(message("rappel:a", T0.plusSeconds(120)))).as("its key stays taken").isFalse();
    }

    @Test
    void a_claim_takes_at_most_its_batch_the_oldest_first() {
        for (int i = 0; i < 5; i++) {
            outbox().enqueue(message("rappel:" + i, T0.plusSeconds(i)));
        }
        assertThat(delivery().claim(3, T0.plusSeconds(10), LEASE)).extracting(c -> c.message().dedupKey())
                .containsExactly("rappel:0", "rappel:1", "rappel:2");
        assertThat(delivery().claim(3, T0.plusSeconds(10), LEASE)).extracting(c -> c.message().dedupKey())
                .containsExactly("rappel:3", "rappel:4");
    }
}
