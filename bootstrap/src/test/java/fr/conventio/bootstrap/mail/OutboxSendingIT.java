package fr.conventio.bootstrap.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.conventio.ConventioApplication;
import fr.conventio.application.mail.MailAttachment;
import fr.conventio.application.mail.MailTransportPort;
import fr.conventio.application.mail.OutboxDeliveryPort;
import fr.conventio.application.mail.OutboxMessage;
import fr.conventio.application.mail.OutboxPort;
import fr.conventio.application.mail.RetrySchedule;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox sent through a real SMTP server (GreenMail, started by the test, read back), on the embedded
 * PostgreSQL of the application: a message with its attachment and stable Message-ID, retries with back-off
 * while the server is down, and a restart in the middle of a batch that neither loses nor duplicates a message.
 * The schedules are off: the test runs the senders itself, on clocks it moves.
 */
@SpringBootTest(classes = ConventioApplication.class, properties = {
        "conventio.security.demo-accounts=true",
        "conventio.mail.scheduling.enabled=false",
        "conventio.mail.from=subventions@metropole-exemple.fr",
        "vaadin.devmode.devTools.enabled=false"})
class OutboxSendingIT {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final RetrySchedule RETRIES = new RetrySchedule(3, Duration.ofMinutes(1), Duration.ofMinutes(10));

    static {
        SMTP.start();
    }

    @Autowired
    OutboxPort outbox;
    @Autowired
    OutboxDeliveryPort delivery;
    @Autowired
    OutboxSender configuredSender;
    @Autowired
    JavaMailSender mailSender;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    private final Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @DynamicPropertySource
    static void smtpAndData(DynamicPropertyRegistry registry) throws Exception {
        Path data = Files.createTempDirectory("conventio-outbox-");
        registry.add("conventio.database.data-directory", () -> data.resolve("postgres").toString());
        registry.add("conventio.documents.directory", () -> data.resolve("documents").toString());
        registry.add("spring.mail.host", () -> SMTP.getSmtp().getBindTo());
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @BeforeEach
    void emptyOutboxAndMailboxes() throws Exception {
        jdbc.execute("delete from mail_outbox");
        SMTP.purgeEmailFromAllMailboxes();
    }

    private OutboxMessage queue(String key, MailAttachment... attachments) {
        OutboxMessage message = OutboxMessage.create(key, List.of("contact@asso-exemple.fr"), "Rappel : " + key,
                "Bonjour,\n\nLe compte rendu financier est attendu le 30 juin 2021.", null, List.of(attachments), null, t0);
        transaction.executeWithoutResult(tx -> assertThat(outbox.enqueue(message)).isTrue());
        return message;
    }

    private OutboxSender sender(MailTransportPort transport, Instant now) {
        return new OutboxSender(delivery, transport, RETRIES, Clock.fixed(now, ZoneOffset.UTC), 10, LEASE);
    }

    private MailTransportPort smtp() {
        return new SmtpMailTransport(mailSender, "subventions@metropole-exemple.fr");
    }

    private Map<String, Object> row(OutboxMessage message) {
        return jdbc.queryForMap("select status, attempts, last_error, sent_at from mail_outbox where id = ?", message.id());
    }

    @Test
    void a_queued_message_goes_out_once_with_its_attachment_and_a_message_id_made_from_its_id() throws Exception {
        byte[] letter = "%PDF-1.7 lettre de rappel".getBytes(StandardCharsets.UTF_8);
        OutboxMessage message = queue("rappel:1", new MailAttachment("rappel-ECO-2020-SCS.pdf", "application/pdf", letter));

        assertThat(configuredSender.sendDue()).isEqualTo(1);
        assertThat(configuredSender.sendDue()).isZero();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Rappel : rappel:1");
        assertThat(mail.getMessageID()).isEqualTo("<" + message.id() + "@conventio>");
        assertThat(GreenMailUtil.getAddressList(mail.getFrom())).isEqualTo("subventions@metropole-exemple.fr");
        assertThat(GreenMailUtil.getAddressList(mail.getAllRecipients())).isEqualTo("contact@asso-exemple.fr");
        Multipart parts = (Multipart) mail.getContent();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null) {
                names.add(part.getFileName());
                assertThat(part.getInputStream().readAllBytes()).isEqualTo(letter);
            }
        }
        assertThat(names).containsExactly("rappel-ECO-2020-SCS.pdf");
        assertThat(row(message)).containsEntry("status", "SENT").containsEntry("attempts", 1);
    }

    @Test
    void while_the_smtp_server_is_down_the_message_waits_with_back_off_then_goes_out_once() throws Exception {
        OutboxMessage message = queue("rappel:2");
        JavaMailSenderImpl down = new JavaMailSenderImpl();
        down.setHost("127.0.0.1");
        try (ServerSocket free = new ServerSocket(0)) {
            down.setPort(free.getLocalPort()); // closed once the try ends: connection refused
        }
        MailTransportPort unreachable = new SmtpMailTransport(down, "subventions@metropole-exemple.fr");

        assertThat(sender(unreachable, t0).sendDue()).isZero();
        assertThat(row(message)).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat((String) row(message).get("last_error")).isNotBlank();
        assertThat(sender(smtp(), t0.plusSeconds(59)).sendDue()).as("not before its back-off").isZero();
        assertThat(sender(unreachable, t0.plusSeconds(60)).sendDue()).isZero();
        assertThat(row(message)).containsEntry("attempts", 2);

        assertThat(sender(smtp(), t0.plusSeconds(60 + 120)).sendDue()).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(row(message)).containsEntry("status", "SENT").containsEntry("attempts", 3);
    }

    @Test
    void a_message_failing_at_its_last_attempt_is_given_up_and_never_sent() {
        OutboxMessage message = queue("rappel:3");
        MailTransportPort refusing = m -> {
            throw new IllegalStateException("550 boîte inconnue");
        };
        sender(refusing, t0).sendDue();
        sender(refusing, t0.plusSeconds(60)).sendDue();
        sender(refusing, t0.plusSeconds(60 + 120)).sendDue();

        assertThat(row(message)).containsEntry("status", "FAILED").containsEntry("attempts", 3);
        assertThat(sender(smtp(), t0.plus(Duration.ofDays(1))).sendDue()).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    /** The process dies: nothing after it runs, not even a finally of the sender's. */
    static final class ProcessDeath extends Error {
        ProcessDeath() {
            super("kill -9");
        }
    }

    @Test
    void a_restart_in_the_middle_of_sending_loses_no_message_and_sends_none_twice() throws Exception {
        List<OutboxMessage> messages = List.of(queue("rappel:a"), queue("rappel:b"), queue("rappel:c"), queue("rappel:d"), queue("rappel:e"));
        AtomicInteger sends = new AtomicInteger();
        MailTransportPort diesBeforeTheThird = message -> {
            if (sends.incrementAndGet() == 3) {
                throw new ProcessDeath();
            }
            smtp().send(message);
        };

        assertThatThrownBy(() -> sender(diesBeforeTheThird, t0).sendDue()).isInstanceOf(ProcessDeath.class);
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(sender(smtp(), t0.plus(LEASE).minusSeconds(1)).sendDue()).as("leased to the dead sender").isZero();

        assertThat(sender(smtp(), t0.plus(LEASE).plusSeconds(1)).sendDue()).as("after the restart").isEqualTo(3);

        assertThat(receivedMessageIds()).containsExactlyInAnyOrderElementsOf(messages.stream().map(OutboxMessage::messageId).toList());
        assertThat(messages).allSatisfy(m -> assertThat(row(m)).containsEntry("status", "SENT"));
    }

    @Test
    void a_death_between_the_servers_acceptance_and_the_commit_resends_the_same_message_id_which_deduplicates_it() throws Exception {
        List<OutboxMessage> messages = List.of(queue("rappel:a"), queue("rappel:b"), queue("rappel:c"));
        AtomicInteger sends = new AtomicInteger();
        MailTransportPort diesAfterTheSecondIsAccepted = message -> {
            smtp().send(message);
            if (sends.incrementAndGet() == 2) {
                throw new ProcessDeath();
            }
        };

        assertThatThrownBy(() -> sender(diesAfterTheSecondIsAccepted, t0).sendDue()).isInstanceOf(ProcessDeath.class);
        assertThat(sender(smtp(), t0.plus(LEASE).plusSeconds(1)).sendDue()).isEqualTo(2);

        List<String> ids = receivedMessageIds();
        assertThat(ids).as("at least once: the second went twice, with one Message-ID").hasSize(4);
        Map<String, Long> copies = ids.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(copies).containsOnlyKeys(messages.stream().map(OutboxMessage::messageId).toList());
        assertThat(copies.values()).containsExactlyInAnyOrder(1L, 1L, 2L);
        assertThat(ids.stream().distinct()).as("deduplicated by Message-ID: each exactly once").hasSize(3);
    }

    private static List<String> receivedMessageIds() throws Exception {
        List<String> ids = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            ids.add(message.getMessageID());
        }
        return ids;
    }
}
