-- Conventio: the account of each agreement's money, stored for the read side (issue 7).
--
-- `AgreementAccount` (domain) is the one place that computes an agreement's money. Every use case that
-- changes an agreement's file stores the account's figures (`AccountFigures`) in the same transaction:
-- `agreement_account` (one row per agreement) and `agreement_account_line` (one row per budget line the
-- agreement ever drew on). The lists, the dashboard, the deadlines and the budget consumption SELECT
-- these columns; no rule is computed again in SQL. The projection is never the source of a decision.
--
-- Existing agreements get no account row here: writing the figures in SQL would write the rules a
-- second time. The application rebuilds the missing accounts through its use-case layer at start-up;
-- until then the read queries leave an agreement without an account out (inner joins), they never
-- guess its figures.
--
-- Same conventions as V1: numeric(15,2) money never negative, enum names listed in checks.

-- ------------------------------------------------------------------------------- agreement settlement

-- The settlement keeps the real justified expenses it was computed on and the subsidy in force it was
-- computed from (A1); both unknown (null) for settlements recorded before they were kept.
alter table agreement
    add column settlement_real_expenses numeric(15, 2) check (settlement_real_expenses >= 0),
    add column settlement_subsidy_base  numeric(15, 2) check (settlement_subsidy_base >= 0);

alter table agreement drop constraint agreement_settlement_complete;
alter table agreement
    -- the final subsidy and the date together; the real expenses and the base only with a settlement
    add constraint agreement_settlement_complete check ((settlement_final_subsidy is null) = (settlement_date is null)
                                                        and (settlement_real_expenses is null or settlement_date is not null)
                                                        and (settlement_subsidy_base is null or settlement_date is not null)),
    -- the final subsidy is never above the subsidy it was computed from (Settlement)
    add constraint agreement_settlement_within_base check (settlement_final_subsidy <= settlement_subsidy_base);

-- ---------------------------------------------------------------------------------- agreement_account

create table agreement_account (
    agreement_id            uuid            primary key references agreement (id) on delete cascade,
    status                  text            not null check (status in ('DRAFT', 'APPROVED', 'SIGNED', 'SETTLED', 'CLOSED',
                                                                       'SUSPENDED', 'TERMINATED')),
    -- where the file stands as staff name it (AgreementStage, D2)
    stage                   text            not null check (stage in ('DRAFT', 'APPROVED', 'SIGNED', 'SUSPENDED', 'SETTLED',
                                                                      'BALANCE_PAID', 'CLOSED', 'TERMINATED')),
    budget_year             integer         not null check (budget_year between 2000 and 2100),
    voted_subsidy           numeric(15, 2)  not null check (voted_subsidy >= 0),
    subsidy_in_force        numeric(15, 2)  not null check (subsidy_in_force >= 0),
    adjusted_subsidy        numeric(15, 2)  not null check (adjusted_subsidy >= 0),
    -- null before settlement
    final_subsidy           numeric(15, 2)  check (final_subsidy >= 0),
    advance_cap             numeric(15, 2)  not null check (advance_cap >= 0),
    paid                    numeric(15, 2)  not null check (paid >= 0),
    cancelled               numeric(15, 2)  not null check (cancelled >= 0),
    advances_paid           numeric(15, 2)  not null check (advances_paid >= 0),
    kept                    numeric(15, 2)  not null check (kept >= 0),
    balance_due             numeric(15, 2)  not null check (balance_due >= 0),
    advance_available       numeric(15, 2)  not null check (advance_available >= 0),
    balance_payable         numeric(15, 2)  not null check (balance_payable >= 0),
    owed                    numeric(15, 2)  not null check (owed >= 0),
    claimed                 numeric(15, 2)  not null check (claimed >= 0),
    outstanding             numeric(15, 2)  not null check (outstanding >= 0),
    overpayment_to_claim    numeric(15, 2)  not null check (overpayment_to_claim >= 0),
    to_recover              numeric(15, 2)  not null check (to_recover >= 0),
    recovered               numeric(15, 2)  not null check (recovered >= 0),
    -- obligations neither accepted nor waived
    open_obligations        integer         not null check (open_obligations >= 0),
    -- a manager may close the file now (D2)
    closable                boolean         not null,
    -- what the stage says of the status (AgreementStage.of): only a settled agreement has its balance paid
    constraint agreement_account_stage_of_status check (stage = status or (status = 'SETTLED' and stage = 'BALANCE_PAID')),
    constraint agreement_account_final_subsidy_after_signature check (final_subsidy is null or status not in ('DRAFT', 'APPROVED')),
    constraint agreement_account_closable_when_settled check (not closable or status = 'SETTLED')
);
comment on table agreement_account is 'Figures of each agreement''s account (AccountFigures), stored with every change of its file; read side only.';

-- The agreement's budget lines as its account sees them (LineAccount, B3, B4, V4), in the account's order.
create table agreement_account_line (
    agreement_id    uuid            not null references agreement_account (agreement_id) on delete cascade,
    budget_line_id  uuid            not null references budget_line (id),
    -- the line's place in AccountFigures.lines (the current split first, then lines an amendment took out)
    position        integer         not null check (position >= 0),
    -- the agreement's budget year, repeated here so that the budget consumption reads one index
    budget_year     integer         not null check (budget_year between 2000 and 2100),
    share           numeric(15, 2)  not null check (share >= 0),
    committed       numeric(15, 2)  not null check (committed >= 0),
    released        numeric(15, 2)  not null check (released >= 0),
    paid            numeric(15, 2)  not null check (paid >= 0),
    recovered       numeric(15, 2)  not null check (recovered >= 0),
    primary key (agreement_id, budget_line_id),
    unique (agreement_id, position)
);
comment on table agreement_account_line is 'One budget line of an agreement''s account: share, commitment, release, payments, recoveries.';

-- ------------------------------------------------------------------------------ recovery order remaining

-- What an order has left to recover, as the domain computes it (RecoveryOrder.remainingDue), written by
-- the adapter on each save, so that the "titres à encaisser" list selects it. Existing orders: the
-- order's amount less its receipts, once, here (the adapter writes it from then on).
alter table recovery_order add column remaining_due numeric(15, 2);
update recovery_order r
set remaining_due = r.amount - coalesce((select sum(x.amount) from recovery_order_receipt x where x.recovery_order_id = r.id), 0);
alter table recovery_order
    alter column remaining_due set not null,
    add constraint recovery_order_remaining_due_within_amount check (remaining_due >= 0 and remaining_due <= amount),
    -- a paid order has nothing left, an issued one has something (a cancelled one keeps what was left)
    add constraint recovery_order_remaining_due_of_status check ((status = 'PAID') = (remaining_due = 0));

-- ------------------------------------------------------------------------------------ read-side indexes
--
-- Chosen on EXPLAIN ANALYZE at 100 000 agreements (docs/performance.md). The lists read their page in
-- order from an index and check each candidate on the projection; their counts come from the narrow
-- partial indexes below, never from carrying every candidate through joins and sorts.

-- Agreements list, default sort and sort by association: exactly the ORDER BY expressions of
-- AgreementQueriesAdapter, so that the first page is read from the index instead of sorting the whole
-- portfolio (conventio_unaccent is IMMUTABLE, so it may be indexed).
create index agreement_reference_sort_idx on agreement (lower(conventio_unaccent(reference)), reference);
create index association_name_sort_idx on association (lower(conventio_unaccent(name)));
-- Dashboard lists, by reference code point by code point (collate "C", as Java compares strings).
create index agreement_reference_c_idx on agreement (reference collate "C");

-- Agreements list: the stage filter and the counts by stage.
create index agreement_account_stage_idx on agreement_account (stage);

-- Dashboard, payments to make: the accounts with an advance available or a balance payable.
create index agreement_account_payment_to_make_idx on agreement_account (agreement_id)
    include (advance_available, balance_payable)
    where advance_available > 0 or balance_payable > 0;

-- Dashboard, awaiting a decision: sums owed that no recovery order claims; files a manager may close
-- (drafts, approved and suspended agreements: agreement_account_stage_idx).
create index agreement_account_outstanding_idx on agreement_account (agreement_id)
    include (outstanding, stage)
    where outstanding > 0;
create index agreement_account_closable_idx on agreement_account (agreement_id)
    include (adjusted_subsidy)
    where closable;

-- Deadlines: the files in progress (neither terminated nor closed) and what is paid on them (N1), and
-- the open obligations they count.
create index agreement_account_in_progress_idx on agreement_account (agreement_id)
    include (paid)
    where stage not in ('TERMINATED', 'CLOSED');
create index agreement_account_open_obligations_idx on agreement_account (agreement_id)
    include (open_obligations)
    where stage not in ('TERMINATED', 'CLOSED') and open_obligations > 0;

-- Dashboard, recovery orders to collect: issued orders with something left, oldest issue first.
create index recovery_order_to_collect_idx on recovery_order (issued_on, number_year, number_sequence)
    where status = 'ISSUED' and remaining_due > 0;

-- Budget consumption: the commitments and what the accounts of a year show as paid and recovered on
-- each line, read from the indexes alone.
create index budget_line_commitment_year_idx on budget_line_commitment (budget_year, budget_line_id) include (amount);
create index agreement_account_line_year_idx on agreement_account_line (budget_year, budget_line_id) include (paid, recovered);
