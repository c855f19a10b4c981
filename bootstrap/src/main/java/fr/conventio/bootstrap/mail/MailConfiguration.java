package fr.conventio.bootstrap.mail;

import fr.conventio.application.mail.MailSettings;
import fr.conventio.application.mail.OutboxDeliveryPort;
import fr.conventio.application.mail.QueueRemindersUseCase;
import fr.conventio.application.mail.QueueStaffDigestsUseCase;
import fr.conventio.application.mail.StaffDirectoryPort;
import fr.conventio.application.mail.StaffRightsPort;
import fr.conventio.application.security.UseCasePermissions;
import fr.conventio.bootstrap.security.StaffUsersProperties;
import fr.conventio.application.mail.RetrySchedule;
import fr.conventio.domain.reminder.ReminderPolicy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.time.Clock;
import java.time.Duration;

/**
 * E-mail wiring (docs/operations.md, "Courriels"): the reminder policy from {@code conventio.reminders.*}; the
 * daily reminder job; the daily staff digest job (off without an SMTP server); the outbox's sender, only when an SMTP server is configured ({@code spring.mail.host}: Spring
 * Boot then provides the {@link JavaMailSender}). Without it, messages are queued and stay PENDING, and the log says
 * so once at start. The schedules are off with {@code conventio.mail.scheduling.enabled=false} (the tests).
 */
@Configuration(proxyBeanMethods = false)
public class MailConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    ReminderPolicy reminderPolicy(@Value("${conventio.reminders.offsets:J-15, J-1, J+1, J+15}") String offsets,
                                  @Value("${conventio.reminders.catch-up-days:7}") int catchUpDays) {
        ReminderPolicy policy = ReminderPolicy.parse(offsets, catchUpDays);
        LOG.info("Reminders to associations: {}", policy.offsets().isEmpty() ? "none (conventio.reminders.offsets is empty)" : policy);
        return policy;
    }

    @Bean
    RetrySchedule outboxRetrySchedule(@Value("${conventio.mail.max-attempts:8}") int maxAttempts,
                                      @Value("${conventio.mail.first-retry-delay:1m}") Duration firstDelay,
                                      @Value("${conventio.mail.max-retry-delay:1h}") Duration maxDelay) {
        return new RetrySchedule(maxAttempts, firstDelay, maxDelay);
    }

    /** Whether mail goes out at all ({@code spring.mail.host} set), the links' base URL, the digest's horizon. */
    @Bean
    MailSettings mailSettings(Environment environment, @Value("${conventio.mail.base-url:http://localhost:8080}") String baseUrl,
                              @Value("${conventio.digest.horizon-days:7}") int horizonDays) {
        String host = environment.getProperty("spring.mail.host");
        return new MailSettings(host != null && !host.isBlank(), baseUrl, horizonDays);
    }

    @Bean
    StaffDirectoryPort staffDirectory(StaffUsersProperties users) {
        return new ConfiguredStaffDirectory(users);
    }

    /** The digest keeps for each member of staff what their roles may act on: the application's permissions. */
    @Bean
    StaffRightsPort staffRights() {
        return UseCasePermissions::isAllowed;
    }

    @Bean
    StaffDigestJob staffDigestJob(QueueStaffDigestsUseCase queueDigests, ObjectProvider<SecurityContextHolderStrategy> securityContexts,
                                  @Value("${conventio.digest.cron:0 30 7 * * *}") String cron, Clock clock) {
        return new StaffDigestJob(queueDigests, () -> securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy), cron,
                clock);
    }

    @Bean
    ReminderJob reminderJob(QueueRemindersUseCase queueReminders, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        return new ReminderJob(queueReminders, () -> securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
    }

    /** Says once at start whether e-mail goes out. */
    @Bean
    Object mailStatusAtStart(ObjectProvider<JavaMailSender> mailSender) {
        if (mailSender.getIfAvailable() == null) {
            LOG.warn("No SMTP server configured (spring.mail.host): e-mails are queued in the outbox and stay pending, none is sent");
        }
        return new Object();
    }

    @Bean
    @ConditionalOnProperty(name = "spring.mail.host")
    OutboxSender outboxSender(OutboxDeliveryPort outbox, JavaMailSender mailSender, RetrySchedule retries, Clock clock,
                              @Value("${conventio.mail.from:ne-pas-repondre@conventio.invalid}") String from,
                              @Value("${conventio.mail.batch-size:10}") int batchSize,
                              @Value("${conventio.mail.lease:10m}") Duration lease) {
        LOG.info("E-mail: sending through the outbox from {}", from);
        return new OutboxSender(outbox, new SmtpMailTransport(mailSender, from), retries, clock, batchSize, lease);
    }

    /**
     * The schedules: the sender every {@code conventio.mail.poll-interval}, the reminders every day at
     * {@code conventio.reminders.cron}, the staff digests every day at {@code conventio.digest.cron} and once at start
     * when today's time has passed (only with an SMTP server configured).
     */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "conventio.mail.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    static class Schedules {

        private final ObjectProvider<OutboxSender> sender;
        private final ReminderJob reminders;
        private final StaffDigestJob digests;
        private final MailSettings settings;

        Schedules(ObjectProvider<OutboxSender> sender, ReminderJob reminders, StaffDigestJob digests, MailSettings settings) {
            this.sender = sender;
            this.reminders = reminders;
            this.digests = digests;
            this.settings = settings;
        }

        @Scheduled(fixedDelayString = "${conventio.mail.poll-interval:30s}", initialDelayString = "${conventio.mail.poll-interval:30s}")
        void sendOutbox() {
            OutboxSender outboxSender = sender.getIfAvailable();
            if (outboxSender != null) {
                try {
                    while (outboxSender.sendDue() > 0) {
                        // the next batch at once while there are due messages
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Outbox: this round failed, the next one retries: {}", e.toString());
                }
            }
        }

        @Scheduled(cron = "${conventio.reminders.cron:0 0 7 * * *}", zone = "Europe/Paris")
        void queueReminders() {
            try {
                reminders.run();
            } catch (RuntimeException e) {
                LOG.error("Reminders: the daily run failed, nothing of it was queued", e);
            }
        }

        @Scheduled(cron = "${conventio.digest.cron:0 30 7 * * *}", zone = "Europe/Paris")
        void queueDigests() {
            if (!settings.configured()) {
                return;
            }
            try {
                digests.run();
            } catch (RuntimeException e) {
                LOG.error("Staff digests: the daily run failed, nothing of it was queued", e);
            }
        }

        /** The catch-up of today's digests after a start past their time (a missed day is never sent afterwards). */
        @EventListener(ApplicationReadyEvent.class)
        void catchUpDigests() {
            if (!settings.configured()) {
                return;
            }
            try {
                digests.catchUp();
            } catch (RuntimeException e) {
                LOG.error("Staff digests: the catch-up at start failed; the next scheduled run queues them", e);
            }
        }
    }
}
