package fr.conventio.application.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.association.AssociationDetails;
import fr.conventio.application.association.GetAssociationQuery;
import fr.conventio.application.association.UpdateAssociationCommand;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.party.EmailAddress;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueRemindersServiceTest {

    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    private final SeedSteps seed = new SeedSteps(app).signed();

    private Obligation financialReport() {
        return app.obligations.findByAgreement(seed.agreementId()).stream().map(v -> v.value())
                .filter(o -> o.type() == ObligationType.FINANCIAL_REPORT).findFirst().orElseThrow();
    }

    private void contactEmail(String email) {
        AssociationDetails details = app.getAssociation.get(new GetAssociationQuery(seed.associationId()));
        assertThat(details.contactEmail()).isNull();
        var data = SeedSteps.associationData(app.associations.findById(seed.associationId()).orElseThrow().value());
        var withEmail = new fr.conventio.application.association.AssociationData(data.name(), data.registeredAddress(), data.representative(),
                data.siret(), data.rna(), data.fiscalYear(), data.annualBudget(), data.republicanCommitmentDate(), new EmailAddress(email));
        app.updateAssociation.update(new UpdateAssociationCommand(seed.associationId(), details.version(), withEmail));
        assertThat(app.getAssociation.get(new GetAssociationQuery(seed.associationId())).contactEmail()).hasToString(email);
    }

    @Test
    void the_reminder_of_the_day_is_queued_once_to_the_association_contact() {
        contactEmail("contact@solidarite-sud.fr");
        Obligation report = financialReport();
        app.clock.setToday(report.dueDate().minusDays(15));

        QueueRemindersResult first = app.queueReminders.queue(new QueueRemindersCommand());
        QueueRemindersResult second = app.queueReminders.queue(new QueueRemindersCommand());

        List<OutboxMessage> about = app.outbox.messages().stream().filter(m -> m.dedupKey().contains(report.id().toString())).toList();
        assertThat(about).singleElement().satisfies(message -> {
            assertThat(message.recipients()).containsExactly("contact@solidarite-sud.fr");
            assertThat(message.dedupKey()).contains("J-15");
            assertThat(message.subject()).startsWith("Rappel : Compte rendu financier").contains("ECO-2020-SCS");
            assertThat(message.textBody()).contains("dans 15 jours").doesNotContain("J-15");
            assertThat(message.agreementId()).isEqualTo(seed.agreementId());
        });
        assertThat(first.queued()).isGreaterThanOrEqualTo(1);
        assertThat(second.queued()).isZero();
        assertThat(second.alreadyQueued()).isEqualTo(first.queued());
        assertThat(app.listAgreementMails.list(new ListAgreementMailsQuery(seed.agreementId())))
                .extracting(OutboxEntry::status).containsOnly(OutboxStatus.PENDING).hasSize(first.queued());
    }

    @Test
    void a_late_item_gets_a_relance_and_an_association_without_contact_gets_nothing() {
        Obligation report = financialReport();
        app.clock.setToday(report.dueDate().plusDays(1));

        QueueRemindersResult without = app.queueReminders.queue(new QueueRemindersCommand());
        assertThat(without.queued()).isZero();
        assertThat(without.withoutContact()).isGreaterThanOrEqualTo(1);
        assertThat(app.outbox.messages()).isEmpty();

        contactEmail("contact@solidarite-sud.fr");
        app.queueReminders.queue(new QueueRemindersCommand());
        assertThat(app.outbox.messages()).filteredOn(m -> m.dedupKey().contains(report.id().toString())).singleElement()
                .satisfies(m -> assertThat(m.subject()).startsWith("Relance : "))
                .satisfies(m -> assertThat(m.textBody()).contains("hier"));
    }

    @Test
    void the_retry_schedule_doubles_the_delay_up_to_its_cap_then_gives_up() {
        RetrySchedule schedule = new RetrySchedule(4, java.time.Duration.ofMinutes(1), java.time.Duration.ofMinutes(3));
        java.time.Instant failed = java.time.Instant.parse("2026-12-02T10:00:00Z");

        assertThat(schedule.nextAttemptAfter(1, failed)).contains(failed.plusSeconds(60));
        assertThat(schedule.nextAttemptAfter(2, failed)).contains(failed.plusSeconds(120));
        assertThat(schedule.nextAttemptAfter(3, failed)).contains(failed.plusSeconds(180));
        assertThat(schedule.nextAttemptAfter(4, failed)).isEmpty();
    }
}
