package fr.conventio.application.mail;

import fr.conventio.application.dashboard.AgreementAwaitingDecision;
import fr.conventio.application.dashboard.DashboardQueries;
import fr.conventio.application.dashboard.Deadline;
import fr.conventio.application.dashboard.DeadlineQueries;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Reads once the portfolio's deadlines (overdue, or due up to today + {@link MailSettings#digestHorizonDays()}) and
 * the agreements awaiting a decision, as the dashboard does; then, for each member of staff with an e-mail address,
 * keeps what their roles act on ({@link StaffDigest}), claims their digest of the day in the digest log (one per
 * person and day: a second run, a restart's catch-up or a second instance finds it claimed) and queues the message
 * when the list is not empty. Only today: a day missed while the application was down is not sent afterwards.
 * Nothing at all when no SMTP server is configured (the job is off then too).
 */
public final class QueueStaffDigestsService implements QueueStaffDigestsUseCase {

    /** The most lines of each list read for a digest; beyond, the message says how many more the dashboard shows. */
    static final int MAX_LINES = PageRequest.MAX_SIZE;

    private final StaffDirectoryPort staff;
    private final StaffRightsPort rights;
    private final DeadlineQueries deadlines;
    private final DashboardQueries dashboard;
    private final StaffDigestLogPort log;
    private final OutboxPort outbox;
    private final MailSettings settings;
    private final Clock clock;

    public QueueStaffDigestsService(StaffDirectoryPort staff, StaffRightsPort rights, DeadlineQueries deadlines, DashboardQueries dashboard, StaffDigestLogPort log,
                                    OutboxPort outbox, MailSettings settings, Clock clock) {
        this.staff = Objects.requireNonNull(staff);
        this.rights = Objects.requireNonNull(rights);
        this.deadlines = Objects.requireNonNull(deadlines);
        this.dashboard = Objects.requireNonNull(dashboard);
        this.log = Objects.requireNonNull(log);
        this.outbox = Objects.requireNonNull(outbox);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public QueueStaffDigestsResult queue(QueueStaffDigestsCommand command) {
        if (!settings.configured() || staff.withEmail().isEmpty()) {
            return new QueueStaffDigestsResult(0, 0, 0);
        }
        LocalDate today = Guards.today(clock);
        LocalDate dueUpTo = today.plusDays(settings.digestHorizonDays());
        Page<Deadline> due = deadlines.deadlines(today, dueUpTo, PageRequest.of(0, MAX_LINES, "dueDate", true));
        Page<AgreementAwaitingDecision> decisions = dashboard.agreementsAwaitingDecision(PageRequest.of(0, MAX_LINES, "decision", true));
        Instant now = clock.instant();
        int queued = 0;
        int already = 0;
        int empty = 0;
        for (StaffMember member : staff.withEmail()) {
            StaffDigest digest = StaffDigest.of(member, rights, today, dueUpTo, due, decisions);
            if (!log.claim(member.username(), today, digest.size(), now)) {
                already++;
            } else if (digest.isEmpty()) {
                empty++;
            } else if (outbox.enqueue(StaffDigestMessages.digest(digest, settings, now))) {
                queued++;
            } else {
                already++;
            }
        }
        return new QueueStaffDigestsResult(queued, already, empty);
    }
}
