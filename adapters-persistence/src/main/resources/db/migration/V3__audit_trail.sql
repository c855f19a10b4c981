-- Conventio: the audit trail. Every save of an aggregate through the persistence adapter writes one
-- row here, in the same transaction as the save (VersionGuard + AuditTrail): who, when, which
-- aggregate (and the agreement it belongs to), INSERT or UPDATE, the version it was stored at, and
-- the audited fields that changed with their old and new values, as text:
--   {"status": {"old": "SIGNED", "new": "SETTLED"}, "finalSubsidy": {"old": null, "new": "72000.00"}}
--
-- Append-only: the application has no update or delete path, and the triggers below refuse UPDATE,
-- DELETE and TRUNCATE whoever asks. In production, also take the rights away from the application's
-- role (the triggers stay as the second lock):
--   revoke update, delete, truncate on audit_event from conventio_app;
--
-- occurred_at is the instant of the transaction (now()): a timestamptz holds an instant, shown in
-- the session's time zone. (A default of "now() at time zone 'utc'" would be a timestamp without
-- time zone, read back as local time by the column: wrong by the offset whenever the session's time
-- zone is not UTC — the JDBC driver sets it from the JVM's.)

create table audit_event (
    id              bigserial   primary key,
    occurred_at     timestamptz not null default now(),
    actor           text        not null check (btrim(actor) <> ''),
    aggregate_type  text        not null check (aggregate_type in ('FUNDER', 'ASSOCIATION', 'BUDGET_LINE', 'AGREEMENT', 'PAYMENT',
                                                                   'OBLIGATION', 'RECOVERY_ORDER', 'AGREEMENT_CONTROL')),
    aggregate_id    uuid        not null,
    -- the agreement the aggregate belongs to (itself for an agreement); null for funder, associations, budget lines
    agreement_id    uuid,
    action          text        not null check (action in ('INSERT', 'UPDATE')),
    version         bigint      check (version >= 0),
    changes         jsonb       not null check (jsonb_typeof(changes) = 'object')
);
comment on table audit_event is 'Append-only audit trail: one row per aggregate save (who, when, what, old and new values).';

-- no foreign keys: the trail outlives anything it mentions
create index audit_event_agreement_idx on audit_event (agreement_id, occurred_at, id) where agreement_id is not null;
create index audit_event_aggregate_idx on audit_event (aggregate_type, aggregate_id, id);
create index audit_event_occurred_at_idx on audit_event (occurred_at);

create function audit_event_append_only() returns trigger
    language plpgsql
    as $$
begin
    raise exception 'journal d''audit : % refusé, le journal est en ajout seul', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_append_only();
