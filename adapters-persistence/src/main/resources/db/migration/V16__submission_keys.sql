-- Conventio: one intention, one record (issue 9). A form or dialog draws a key when it opens and sends it with
-- each submission; the creating use case claims the key in its own transaction before it creates anything
-- (insert ... on conflict do nothing: a claim made at the same moment waits for the first transaction), and
-- records what it created. A replay of the key creates nothing and is answered the first result.
-- A key refers to no table: it outlives nothing it names (a deleted draft's key answers "not found").

create table submission_key (
    submission_key  uuid        primary key,
    use_case        text        not null check (btrim(use_case) <> '' and length(use_case) <= 100),
    result_id       text        check (result_id is null or (btrim(result_id) <> '' and length(result_id) <= 100)),
    result_version  bigint,
    claimed_at      timestamptz not null default now(),
    check ((result_id is null) = (result_version is null))
);
comment on table submission_key is 'Submissions already handled by a creating use case: a replayed key answers its first result.';
