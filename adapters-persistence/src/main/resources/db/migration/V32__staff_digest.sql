-- Conventio: the daily digest to each member of staff (issue 11, point 2). One row per (user name, day) once the
-- digest of that day is handled, in the transaction that queues its message in mail_outbox (or finds nothing to
-- say: items = 0, no message). The primary key keeps one per person and day: a second run of the job, the catch-up
-- after a restart or a second instance inserts nothing (insert ... on conflict do nothing; a concurrent insert waits
-- for the first transaction). The message's own dedup key (digest:<user>:<day>) is a second guard in the outbox.
-- User names come from configuration (conventio.security.users[n]): no foreign key.

create table staff_digest (
    username     text        not null check (btrim(username) <> '' and length(username) <= 100),
    digest_date  date        not null,
    items        integer     not null check (items >= 0),
    created_at   timestamptz not null,
    primary key (username, digest_date)
);
comment on table staff_digest is 'Daily digests to staff already handled (sent or empty): one per user and day.';
