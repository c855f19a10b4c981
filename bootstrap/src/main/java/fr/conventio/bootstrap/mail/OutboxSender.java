package fr.conventio.bootstrap.mail;

import fr.conventio.application.mail.MailTransportPort;
import fr.conventio.application.mail.OutboxDeliveryPort;
import fr.conventio.application.mail.OutboxDeliveryPort.Claimed;
import fr.conventio.application.mail.RetrySchedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends what the outbox holds, at least once: claims a batch (leased until now + lease, each claim one
 * transaction), sends each message, then marks it sent; a failure is retried after the {@link RetrySchedule}'s
 * delay, and given up (FAILED) after its last attempt. A sender that dies leaves its claimed messages SENDING:
 * once their lease is over, the next sender (after a restart) claims them again, so nothing is lost; a message the
 * server had accepted just before the death is sent a second time with the same Message-ID (the residual risk of
 * any outbox, docs/operations.md). Only an {@link Exception} of the transport counts as a failed attempt.
 */
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxDeliveryPort outbox;
    private final MailTransportPort transport;
    private final RetrySchedule retries;
    private final Clock clock;
    private final int batchSize;
    private final Duration lease;

    public OutboxSender(OutboxDeliveryPort outbox, MailTransportPort transport, RetrySchedule retries, Clock clock, int batchSize,
                        Duration lease) {
        this.outbox = Objects.requireNonNull(outbox);
        this.transport = Objects.requireNonNull(transport);
        this.retries = Objects.requireNonNull(retries);
        this.clock = Objects.requireNonNull(clock);
        if (batchSize < 1 || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("outbox sender: batch size >= 1 and a positive lease expected");
        }
        this.batchSize = batchSize;
        this.lease = lease;
    }

    /** One round: claims up to a batch of due messages and sends them; returns how many were sent. */
    public int sendDue() {
        List<Claimed> claimed = outbox.claim(batchSize, clock.instant(), lease);
        int sent = 0;
        for (Claimed one : claimed) {
            try {
                transport.send(one.message());
            } catch (Exception failure) {
                failed(one, failure);
                continue;
            }
            outbox.markSent(one.message().id(), clock.instant());
            sent++;
        }
        if (!claimed.isEmpty()) {
            LOG.info("Outbox: {} of {} message(s) sent", sent, claimed.size());
        }
        return sent;
    }

    private void failed(Claimed one, Exception failure) {
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        Instant now = clock.instant();
        Optional<Instant> next = retries.nextAttemptAfter(one.attempt(), now);
        if (next.isPresent()) {
            LOG.warn("Outbox: message {} to {} not sent (attempt {}), retried at {}: {}", one.message().id(), one.message().recipients(),
                    one.attempt(), next.get(), error);
            outbox.retryLater(one.message().id(), next.get(), error);
        } else {
            LOG.error("Outbox: message {} to {} given up after {} attempts: {}", one.message().id(), one.message().recipients(),
                    one.attempt(), error);
            outbox.markFailed(one.message().id(), error);
        }
    }
}
