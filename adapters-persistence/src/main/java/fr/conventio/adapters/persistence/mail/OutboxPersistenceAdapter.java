package fr.conventio.adapters.persistence.mail;

import fr.conventio.adapters.persistence.support.AuditTrail;
import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.application.mail.MailAttachment;
import fr.conventio.application.mail.OutboxDeliveryPort;
import fr.conventio.application.mail.OutboxEntry;
import fr.conventio.application.mail.OutboxMessage;
import fr.conventio.application.mail.OutboxPort;
import fr.conventio.application.mail.OutboxStatus;
import fr.conventio.domain.shared.AgreementId;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The outbox in {@code mail_outbox} and {@code mail_outbox_attachment} (V25).
 * <ul>
 * <li>{@link #enqueue} runs in the caller's transaction: the message is kept if and only if the event that queued
 *     it is; {@code on conflict (dedup_key) do nothing} keeps one message per key (a concurrent transaction with
 *     the same key makes this one wait for it, as for the submission keys).</li>
 * <li>The sender's methods each run in a transaction of their own (called outside any): the claim is one
 *     statement, {@code update ... where id in (select ... for update skip locked)}, so that two senders never
 *     claim the same message and a claimed message is leased until {@code locked_until}; past it, a message left
 *     SENDING by a sender that died is claimed again.</li>
 * <li>{@link #enqueueAudited} adds an audit row (aggregate type MAIL_MESSAGE, V33) on the message's agreement, in the
 *     same transaction: who sent what to whom, with which attachments.</li>
 * </ul>
 */
@Component
public class OutboxPersistenceAdapter implements OutboxPort, OutboxDeliveryPort {

    private static final int MAX_ERROR = 2_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditTrail auditTrail;

    OutboxPersistenceAdapter(NamedParameterJdbcTemplate jdbc, AuditTrail auditTrail) {
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
    }

    @Override
    public boolean enqueueAudited(OutboxMessage message) {
        if (!enqueue(message)) {
            return false;
        }
        Map<String, String> audited = new LinkedHashMap<>();
        audited.put("destinataires", String.join(", ", message.recipients()));
        audited.put("objet", message.subject());
        if (!message.attachments().isEmpty()) {
            audited.put("pièces jointes", String.join(", ", message.attachments().stream().map(MailAttachment::fileName).toList()));
        }
        auditTrail.record(VersionGuard.Root.MAIL_MESSAGE, message.id(), message.agreementId() == null ? null : message.agreementId().value(),
                true, null, Map.of(), audited);
        return true;
    }

    @Override
    public boolean enqueue(OutboxMessage message) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("id", message.id())
                .addValue("key", message.dedupKey())
                .addValue("recipients", message.recipients().toArray(String[]::new))
                .addValue("subject", message.subject())
                .addValue("text", message.textBody())
                .addValue("html", message.htmlBody())
                .addValue("agreement", message.agreementId() == null ? null : message.agreementId().value())
                .addValue("at", time(message.queuedAt()));
        int inserted = jdbc.update("insert into mail_outbox (id, dedup_key, recipients, subject, text_body, html_body, agreement_id,"
                + " status, attempts, next_attempt_at, created_at)"
                + " values (:id, :key, :recipients, :subject, :text, :html, :agreement, 'PENDING', 0, :at, :at)"
                + " on conflict (dedup_key) do nothing", parameters);
        if (inserted == 0) {
            return false;
        }
        List<MailAttachment> attachments = message.attachments();
        for (int position = 0; position < attachments.size(); position++) {
            MailAttachment attachment = attachments.get(position);
            jdbc.update("insert into mail_outbox_attachment (message_id, position, file_name, media_type, content)"
                    + " values (:id, :position, :name, :type, :content)", new MapSqlParameterSource()
                    .addValue("id", message.id()).addValue("position", position).addValue("name", attachment.fileName())
                    .addValue("type", attachment.mediaType()).addValue("content", attachment.content()));
        }
        return true;
    }

    @Override
    public List<OutboxEntry> ofAgreement(AgreementId agreementId) {
        return jdbc.query("select m.id, m.recipients, m.subject, m.status, m.attempts, m.created_at, m.sent_at, m.last_error,"
                        + " coalesce((select array_agg(a.file_name order by a.position) from mail_outbox_attachment a where a.message_id = m.id),"
                        + " '{}') as attachment_names"
                        + " from mail_outbox m where m.agreement_id = :agreement order by m.created_at desc, m.id",
                Map.of("agreement", agreementId.value()),
                (row, n) -> new OutboxEntry(row.getObject("id", UUID.class), strings(row.getArray("recipients")), row.getString("subject"),
                        strings(row.getArray("attachment_names")), OutboxStatus.valueOf(row.getString("status")), row.getInt("attempts"),
                        instant(row, "created_at"), instant(row, "sent_at"), row.getString("last_error")));
    }

    @Override
    public List<Claimed> claim(int max, Instant now, Duration lease) {
        record Row(OutboxMessage message, int attempt) {
        }
        List<Row> rows = jdbc.query("""
                        update mail_outbox m set status = 'SENDING', locked_until = :until, attempts = m.attempts + 1
                        where m.id in (select id from mail_outbox
                                       where (status = 'PENDING' and next_attempt_at <= :now)
                                          or (status = 'SENDING' and locked_until < :now)
                                       order by created_at, id
                                       limit :max
                                       for update skip locked)
                        returning m.id, m.dedup_key, m.recipients, m.subject, m.text_body, m.html_body, m.agreement_id, m.created_at, m.attempts
                        """,
                new MapSqlParameterSource().addValue("now", time(now)).addValue("until", time(now.plus(lease))).addValue("max", max),
                (row, n) -> new Row(message(row, List.of()), row.getInt("attempts")));
        Map<UUID, List<MailAttachment>> attachments = attachments(rows.stream().map(row -> row.message().id()).toList());
        return rows.stream()
                .sorted((a, b) -> a.message().queuedAt().compareTo(b.message().queuedAt()))
                .map(row -> new Claimed(withAttachments(row.message(), attachments.getOrDefault(row.message().id(), List.of())), row.attempt()))
                .toList();
    }

    @Override
    public void markSent(UUID id, Instant sentAt) {
        jdbc.update("update mail_outbox set status = 'SENT', sent_at = :at, locked_until = null, last_error = null where id = :id",
                new MapSqlParameterSource().addValue("id", id).addValue("at", time(sentAt)));
    }

    @Override
    public void retryLater(UUID id, Instant nextAttemptAt, String error) {
        jdbc.update("update mail_outbox set status = 'PENDING', next_attempt_at = :next, locked_until = null, last_error = :error"
                        + " where id = :id and status = 'SENDING'",
                new MapSqlParameterSource().addValue("id", id).addValue("next", time(nextAttemptAt)).addValue("error", bounded(error)));
    }

    @Override
    public void markFailed(UUID id, String error) {
        jdbc.update("update mail_outbox set status = 'FAILED', locked_until = null, last_error = :error where id = :id and status = 'SENDING'",
                new MapSqlParameterSource().addValue("id", id).addValue("error", bounded(error)));
    }

    private Map<UUID, List<MailAttachment>> attachments(List<UUID> ids) {
        Map<UUID, List<MailAttachment>> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.query("select message_id, file_name, media_type, content from mail_outbox_attachment where message_id in (:ids)"
                + " order by message_id, position", Map.of("ids", ids), row -> {
                    found.computeIfAbsent(row.getObject("message_id", UUID.class), id -> new ArrayList<>())
                            .add(new MailAttachment(row.getString("file_name"), row.getString("media_type"), row.getBytes("content")));
                });
        return found;
    }

    private static OutboxMessage message(ResultSet row, List<MailAttachment> attachments) throws SQLException {
        UUID agreement = row.getObject("agreement_id", UUID.class);
        return new OutboxMessage(row.getObject("id", UUID.class), row.getString("dedup_key"), strings(row.getArray("recipients")),
                row.getString("subject"), row.getString("text_body"), row.getString("html_body"), attachments,
                agreement == null ? null : new AgreementId(agreement), instant(row, "created_at"));
    }

    private static OutboxMessage withAttachments(OutboxMessage m, List<MailAttachment> attachments) {
        return new OutboxMessage(m.id(), m.dedupKey(), m.recipients(), m.subject(), m.textBody(), m.htmlBody(), attachments,
                m.agreementId(), m.queuedAt());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String bounded(String error) {
        String text = error == null || error.isBlank() ? "erreur inconnue" : error.strip();
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }
}
