-- Issue 11 §3: calendar feeds of the deadlines, behind a secret token per member of staff. The token itself (32 random
-- bytes, base64url) is shown once to its owner and never stored: only its SHA-256 digest is, so that a copy of the
-- database opens no feed. One token at most per member of staff (regenerating replaces it, revoking deletes the row);
-- staff come from configuration, so the owner is their login, not a foreign key. Issue, regeneration and revocation
-- are audited (aggregate type CALENDAR_TOKEN, the login's name-based UUID as aggregate id; never the digest).

create table calendar_token (
    owner       text        primary key,
    digest      text        not null,
    issued_at   timestamptz not null,
    constraint calendar_token_owner_not_blank check (btrim(owner) <> ''),
    constraint calendar_token_owner_length check (char_length(owner) <= 100),
    constraint calendar_token_digest_sha256_hex check (digest ~ '^[0-9a-f]{64}$'),
    constraint calendar_token_digest_unique unique (digest)
);
comment on table calendar_token is 'The secret of each member of staff''s calendar feeds, as its SHA-256 digest (the token is never stored).';

alter table audit_event drop constraint audit_event_aggregate_type_check;
alter table audit_event add constraint audit_event_aggregate_type_check
    check (aggregate_type in ('FUNDER', 'ASSOCIATION', 'BUDGET_LINE', 'AGREEMENT', 'PAYMENT', 'OBLIGATION', 'RECOVERY_ORDER',
                              'AGREEMENT_CONTROL', 'MULTI_YEAR_PLAN', 'GENERATED_DOCUMENT', 'DOCUMENT_TEMPLATE', 'CALENDAR_TOKEN'));
