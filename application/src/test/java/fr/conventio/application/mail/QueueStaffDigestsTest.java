package fr.conventio.application.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.security.Roles;
import fr.conventio.application.security.UseCasePermissions;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueStaffDigestsTest {

    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));

    private Obligation financialReport(SeedSteps seed) {
        return app.obligations.findByAgreement(seed.agreementId()).stream().map(v -> v.value())
                .filter(o -> o.type() == ObligationType.FINANCIAL_REPORT).findFirst().orElseThrow();
    }

    private List<OutboxMessage> digestsTo(String email) {
        return app.outbox.messages().stream().filter(m -> m.dedupKey().startsWith("digest:") && m.recipients().contains(email)).toList();
    }

    @Test
    void each_member_of_staff_gets_what_their_roles_act_on_once_a_day_and_nothing_when_the_list_is_empty() {
        SeedSteps seed = new SeedSteps(app).signed();
        app.staffDirectory.add("mdupont", "m.dupont@metropole-exemple.fr", Roles.INSTRUCTEUR)
                .add("lecteur", "lecteur@metropole-exemple.fr", Roles.LECTURE);
        Obligation report = financialReport(seed);
        LocalDate today = report.dueDate().plusDays(3);
        app.clock.setToday(today);

        QueueStaffDigestsResult first = app.queueStaffDigests.queue(new QueueStaffDigestsCommand());
        QueueStaffDigestsResult second = app.queueStaffDigests.queue(new QueueStaffDigestsCommand());

        assertThat(first).isEqualTo(new QueueStaffDigestsResult(1, 0, 1));
        assertThat(second).as("a second run of the day (restart, second instance)").isEqualTo(new QueueStaffDigestsResult(0, 2, 0));
        assertThat(digestsTo("lecteur@metropole-exemple.fr")).as("nothing to act on: nothing sent").isEmpty();
        assertThat(app.staffDigestLog.items("lecteur", today)).isZero();
        assertThat(digestsTo("m.dupont@metropole-exemple.fr")).singleElement().satisfies(message -> {
            assertThat(message.dedupKey()).isEqualTo("digest:mdupont:" + today);
            assertThat(message.agreementId()).isNull();
            assertThat(message.subject()).startsWith("Conventio : votre point du ").contains("en retard");
            assertThat(message.textBody())
                    .contains("Bonjour mdupont", "En retard (", "Compte rendu financier", "ECO-2020-SCS",
                            "https://conventio.example.fr/conventions/" + seed.agreementId().value())
                    .doesNotContain("En attente de votre décision", "FINANCIAL_REPORT", "O2");
        });
    }

    @Test
    void the_next_day_brings_a_new_digest_but_a_missed_day_is_never_sent_afterwards() {
        SeedSteps seed = new SeedSteps(app).signed();
        app.staffDirectory.add("mdupont", "m.dupont@metropole-exemple.fr", Roles.INSTRUCTEUR);
        LocalDate day = financialReport(seed).dueDate().plusDays(1);
        app.clock.setToday(day);
        app.queueStaffDigests.queue(new QueueStaffDigestsCommand());
        app.clock.setToday(day.plusDays(3)); // two days the application was down

        app.queueStaffDigests.queue(new QueueStaffDigestsCommand());

        assertThat(digestsTo("m.dupont@metropole-exemple.fr")).extracting(OutboxMessage::dedupKey)
                .containsExactly("digest:mdupont:" + day, "digest:mdupont:" + day.plusDays(3));
    }

    @Test
    void a_draft_waits_for_the_managers_approval_not_the_case_officers() {
        SeedSteps seed = new SeedSteps(app).setUpParties();
        seed.createDraft();
        app.staffDirectory.add("mdupont", "m.dupont@metropole-exemple.fr", Roles.INSTRUCTEUR)
                .add("responsable", "responsable@metropole-exemple.fr", Roles.RESPONSABLE)
                .add("compta", "compta@metropole-exemple.fr", Roles.FINANCES);

        QueueStaffDigestsResult result = app.queueStaffDigests.queue(new QueueStaffDigestsCommand());

        assertThat(result.queued()).isEqualTo(1);
        assertThat(digestsTo("responsable@metropole-exemple.fr")).singleElement().satisfies(message -> {
            assertThat(message.subject()).contains("1 décision");
            assertThat(message.textBody()).contains("En attente de votre décision (1)", "À approuver : convention");
        });
    }

    @Test
    void without_a_mail_server_configured_nothing_is_queued_nor_claimed() {
        new SeedSteps(app).signed();
        app.staffDirectory.add("mdupont", "m.dupont@metropole-exemple.fr", Roles.INSTRUCTEUR);
        var unconfigured = new QueueStaffDigestsService(app.staffDirectory, UseCasePermissions::isAllowed, app.deadlineQueries, app.dashboardQueries, app.staffDigestLog,
                app.outbox, new MailSettings(false, "https://conventio.example.fr", 7), app.clock);

        assertThat(unconfigured.queue(new QueueStaffDigestsCommand())).isEqualTo(new QueueStaffDigestsResult(0, 0, 0));
        assertThat(app.outbox.messages()).isEmpty();
        assertThat(app.staffDigestLog.items("mdupont", app.clock.today())).isNull();
    }
}
