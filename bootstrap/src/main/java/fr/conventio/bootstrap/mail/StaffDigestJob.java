package fr.conventio.bootstrap.mail;

import fr.conventio.application.mail.QueueStaffDigestsCommand;
import fr.conventio.application.mail.QueueStaffDigestsResult;
import fr.conventio.application.mail.QueueStaffDigestsUseCase;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The daily digest to the staff, at {@code conventio.digest.cron} (Paris time), as the system user
 * {@value #SYSTEM_USER} (case officer's role only, {@link SystemUser}). At start, {@link #catchUp()} runs it once if
 * today's scheduled time has passed (the application was down then): the digest log keeps one per person and day,
 * so that a digest already handled today is not sent again, and a day missed entirely is never sent afterwards.
 */
public class StaffDigestJob {

    public static final String SYSTEM_USER = "resume-quotidien";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Logger LOG = LoggerFactory.getLogger(StaffDigestJob.class);

    private final QueueStaffDigestsUseCase queueDigests;
    private final Supplier<SecurityContextHolderStrategy> securityContexts;
    private final CronExpression cron;
    private final Clock clock;

    public StaffDigestJob(QueueStaffDigestsUseCase queueDigests, Supplier<SecurityContextHolderStrategy> securityContexts, String cron,
                          Clock clock) {
        this.queueDigests = Objects.requireNonNull(queueDigests);
        this.securityContexts = Objects.requireNonNull(securityContexts);
        this.cron = CronExpression.parse(cron);
        this.clock = Objects.requireNonNull(clock);
    }

    public QueueStaffDigestsResult run() {
        return SystemUser.runAs(SYSTEM_USER, securityContexts.get(), () -> {
            QueueStaffDigestsResult result = queueDigests.queue(new QueueStaffDigestsCommand());
            LOG.info("Staff digests: {} queued, {} already handled today, {} with nothing to say", result.queued(), result.alreadyHandled(),
                    result.nothingToSay());
            return result;
        });
    }

    /** Runs today's digest now if today's scheduled time is past; returns whether it ran. */
    public boolean catchUp() {
        if (!scheduledTimeTodayPassed()) {
            return false;
        }
        LOG.info("Staff digests: today's scheduled time has passed, catching up");
        run();
        return true;
    }

    boolean scheduledTimeTodayPassed() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(PARIS));
        ZonedDateTime firstToday = cron.next(now.toLocalDate().atStartOfDay(PARIS).minusNanos(1));
        return firstToday != null && firstToday.toLocalDate().equals(now.toLocalDate()) && !firstToday.isAfter(now);
    }
}
