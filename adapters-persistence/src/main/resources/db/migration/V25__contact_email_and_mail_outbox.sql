-- Conventio: e-mail reminders through a transactional outbox (issue 11, point 2).
-- 1. The association's contact e-mail, where reminders about its obligations go (optional, audited).
-- 2. The outbox: a use case writes its message here in its own transaction; a sender claims pending messages
--    (select ... for update skip locked, with a lease in locked_until so that a sender that died lets them be
--    claimed again), sends them over SMTP with a Message-ID made from the id, and marks them sent, or to retry
--    from next_attempt_at (exponential back-off), or failed after the last attempt. dedup_key is unique: the
--    same reminder (obligation, offset, due date) or the same letter is queued once, whatever the retries.

alter table association add column contact_email varchar(254)
    constraint association_contact_email_shape check (contact_email is null
        or (contact_email = btrim(contact_email) and contact_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'));

create table mail_outbox (
    id               uuid        primary key,
    dedup_key        text        not null unique check (btrim(dedup_key) <> '' and length(dedup_key) <= 300),
    recipients       text[]      not null check (cardinality(recipients) between 1 and 50),
    subject          text        not null check (length(subject) <= 300),
    text_body        text        not null check (length(text_body) <= 100000),
    html_body        text        check (html_body is null or length(html_body) <= 200000),
    agreement_id     uuid        references agreement (id),
    status           text        not null default 'PENDING' check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    attempts         integer     not null default 0 check (attempts >= 0),
    next_attempt_at  timestamptz not null,
    locked_until     timestamptz,
    last_error       text        check (last_error is null or length(last_error) <= 2000),
    sent_at          timestamptz,
    created_at       timestamptz not null,
    check ((status = 'SENDING') = (locked_until is not null)),
    check ((status = 'SENT') = (sent_at is not null))
);
comment on table mail_outbox is 'E-mails to send, written in the transaction of the event; sent at least once by the scheduled sender, with a stable Message-ID.';
create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_leased on mail_outbox (locked_until) where status = 'SENDING';
create index mail_outbox_agreement on mail_outbox (agreement_id, created_at);

create table mail_outbox_attachment (
    message_id  uuid    not null references mail_outbox (id) on delete cascade,
    position    integer not null check (position >= 0),
    file_name   text    not null check (btrim(file_name) <> '' and length(file_name) <= 255),
    media_type  text    not null check (btrim(media_type) <> '' and length(media_type) <= 100),
    content     bytea   not null check (octet_length(content) <= 10485760),
    primary key (message_id, position)
);
comment on table mail_outbox_attachment is 'Files sent with an outbox message (letters, the agreement as PDF).';
