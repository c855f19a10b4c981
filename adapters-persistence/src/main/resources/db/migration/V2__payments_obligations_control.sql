-- Conventio: the aggregates recorded while an agreement runs — payments, obligations, recovery
-- orders and their numbering, and the agreement's control file. Same conventions as V1: uuid ids
-- given by the domain, numeric(15,2) money never negative, enum names listed in checks, a
-- `version` on each aggregate root, child tables rewritten by Spring Data JDBC on each save.
--
-- These aggregates refer to their agreement by id (foreign key, no cascade: an agreement with
-- payments cannot be deleted, and nothing in the application deletes one).

-- ------------------------------------------------------------------------------------------ payment

create table payment (
    id                      uuid        primary key,
    agreement_id            uuid        not null references agreement (id),
    kind                    text        not null check (kind in ('ADVANCE', 'BALANCE')),
    value_date              date        not null,
    -- payment order (mandat) number; known later for some payments
    order_reference         varchar(50) check (btrim(order_reference) <> ''),
    status                  text        not null check (status in ('RECORDED', 'CANCELLED')),
    cancelled_on            date,
    cancelled_by            text        check (btrim(cancelled_by) <> ''),
    cancellation_reason     text        check (btrim(cancellation_reason) <> ''),
    version                 bigint      not null,
    -- V3: a payment order is recorded once per agreement, cancelled payments included
    constraint payment_order_reference_unique_v3 unique (agreement_id, order_reference),
    -- a cancellation says when, who and why; only a cancelled payment has one
    constraint payment_cancellation_complete check (
        (status = 'CANCELLED') = (cancelled_on is not null)
        and (cancelled_on is null) = (cancelled_by is null)
        and (cancelled_on is null) = (cancellation_reason is null)),
    constraint payment_cancelled_after_value_date check (cancelled_on >= value_date)
);
comment on table payment is 'Payments of subsidies (advances V1, the balance V2), each charged to budget lines (payment_line_charge, V4).';

create index payment_agreement_idx on payment (agreement_id, value_date);

create table payment_line_charge (
    payment_id      uuid            not null references payment (id) on delete cascade,
    position        integer         not null check (position >= 0),
    budget_line_id  uuid            not null references budget_line (id),
    amount          numeric(15, 2)  not null check (amount > 0),
    primary key (payment_id, position),
    -- a payment draws on a line once
    unique (payment_id, budget_line_id)
);
comment on table payment_line_charge is 'The amount of a payment charged to each budget line (imputation, V4), in the order given.';

create index payment_line_charge_line_idx on payment_line_charge (budget_line_id);

-- --------------------------------------------------------------------------------------- obligation

create table obligation (
    id              uuid    primary key,
    agreement_id    uuid    not null references agreement (id),
    type            text    not null check (type in ('INSURANCE_CERTIFICATE', 'FINANCIAL_REPORT', 'ANNUAL_ACCOUNTS',
                                                     'CERTIFIED_ACCOUNTS', 'AUDITOR_REPORT', 'ACCOUNTS_PUBLICATION',
                                                     'ACTIVITY_REPORT', 'GENERAL_ASSEMBLY_MINUTES', 'BOARD_CHANGES',
                                                     'COMMUNICATION_PROOF', 'PROGRESS_INFORMATION', 'EVALUATION_MEETING',
                                                     'FINAL_INCOME_STATEMENT', 'QUALITATIVE_QUANTITATIVE_REPORT',
                                                     'CERTIFIED_LAST_ACCOUNTS')),
    due_date        date    not null,
    -- OVERDUE is derived from the due date, never stored (O11)
    status          text    not null check (status in ('PENDING', 'RECEIVED', 'ACCEPTED', 'REJECTED', 'WAIVED')),
    version         bigint  not null
);
comment on table obligation is 'What the association owes the funder (O1-O10), with its due date; history in obligation_event.';

create index obligation_agreement_idx on obligation (agreement_id, due_date);
-- the deadlines dashboard: open obligations by due date
create index obligation_open_due_date_idx on obligation (due_date) where status not in ('ACCEPTED', 'WAIVED');
create index obligation_status_idx on obligation (status);

-- The history of an obligation, oldest first. A RECEIVED event carries the evidence (the id of the
-- stored document and its file name: the evidence received is the list of these events); REJECTED
-- and WAIVED carry their reason. The document id is the document storage's own key (text), not a
-- foreign key: the storage is pluggable (DocumentStoragePort).
create table obligation_event (
    obligation_id           uuid    not null references obligation (id) on delete cascade,
    position                integer not null check (position >= 0),
    kind                    text    not null check (kind in ('RECEIVED', 'ACCEPTED', 'REJECTED', 'WAIVED')),
    event_date              date    not null,
    recorded_by             text    not null check (btrim(recorded_by) <> ''),
    evidence_document_id    text    check (btrim(evidence_document_id) <> ''),
    evidence_file_name      text    check (btrim(evidence_file_name) <> ''),
    reason                  text    check (btrim(reason) <> ''),
    primary key (obligation_id, position),
    constraint obligation_event_evidence_complete check ((evidence_document_id is null) = (evidence_file_name is null)),
    constraint obligation_event_evidence_on_receipt check ((kind = 'RECEIVED') = (evidence_document_id is not null)),
    constraint obligation_event_reason_on_rejection_or_waiver check ((kind in ('REJECTED', 'WAIVED')) = (reason is not null))
);
comment on table obligation_event is 'History of an obligation: evidence received, accepted, rejected (reason), waived (O11: who, when, why).';

-- ----------------------------------------------------------------------------------- recovery order

create table recovery_order (
    id                      uuid            primary key,
    funder_id               uuid            not null references funder (id),
    agreement_id            uuid            not null references agreement (id),
    -- number TR-<number_year>-<number_sequence>, sequential per funder and year
    number_year             integer         not null check (number_year between 2000 and 2100),
    number_sequence         integer         not null check (number_sequence >= 1),
    ground                  text            not null check (ground in ('OVERPAYMENT', 'TERMINATION_RESTITUTION',
                                                                       'FUNDING_DECISION', 'REPUBLICAN_COMMITMENT_BREACH')),
    amount                  numeric(15, 2)  not null check (amount > 0),
    issued_on               date            not null,
    status                  text            not null check (status in ('ISSUED', 'PAID', 'CANCELLED')),
    cancelled_on            date,
    cancelled_by            text            check (btrim(cancelled_by) <> ''),
    cancellation_reason     text            check (btrim(cancellation_reason) <> ''),
    version                 bigint          not null,
    constraint recovery_order_number_unique unique (funder_id, number_year, number_sequence),
    constraint recovery_order_number_of_issue_year check (number_year = extract(year from issued_on)),
    constraint recovery_order_cancellation_complete check (
        (status = 'CANCELLED') = (cancelled_on is not null)
        and (cancelled_on is null) = (cancelled_by is null)
        and (cancelled_on is null) = (cancellation_reason is null)),
    constraint recovery_order_cancelled_after_issue check (cancelled_on >= issued_on)
);
comment on table recovery_order is 'Recovery orders (titres de recettes, A2) for what the association owes back; receipts in recovery_order_receipt.';

create index recovery_order_agreement_idx on recovery_order (agreement_id);
create index recovery_order_status_idx on recovery_order (status);

create table recovery_order_receipt (
    recovery_order_id   uuid            not null references recovery_order (id) on delete cascade,
    position            integer         not null check (position >= 0),
    amount              numeric(15, 2)  not null check (amount > 0),
    received_on         date            not null,
    primary key (recovery_order_id, position)
);
comment on table recovery_order_receipt is 'Sums received against a recovery order (encaissements), in the order recorded.';

-- A2: the receipts never add up to more than the order. Checked when the transaction commits
-- (Spring Data JDBC deletes and re-inserts the receipts on each save of the order).
create function recovery_order_receipts_within_amount() returns trigger
    language plpgsql
    as $$
declare
    order_id uuid := coalesce(new.recovery_order_id, old.recovery_order_id);
    order_amount numeric(15, 2);
    received numeric(15, 2);
begin
    select amount into order_amount from recovery_order where id = order_id;
    select coalesce(sum(amount), 0) into received from recovery_order_receipt where recovery_order_id = order_id;
    if order_amount is not null and received > order_amount then
        raise exception 'titre de recettes % : les encaissements (%) dépassent son montant (%)', order_id, received, order_amount
            using errcode = 'check_violation', constraint = 'recovery_order_receipts_within_amount';
    end if;
    return null;
end
$$;

create constraint trigger recovery_order_receipts_within_amount
    after insert or update on recovery_order_receipt
    deferrable initially deferred
    for each row execute function recovery_order_receipts_within_amount();

-- Recovery order numbers: one counter per funder and year, taken with
--   insert ... on conflict (funder_id, year) do update set last_sequence = last_sequence + 1 returning last_sequence
-- in a transaction of its own, so that two concurrent issues never get the same number and a number
-- handed out is never handed out again (a rolled-back issue leaves a gap, never a duplicate).
create table recovery_order_counter (
    funder_id       uuid    not null references funder (id),
    year            integer not null check (year between 2000 and 2100),
    last_sequence   integer not null check (last_sequence >= 1),
    primary key (funder_id, year)
);
comment on table recovery_order_counter is 'Last recovery order number handed out per funder and year.';

-- ---------------------------------------------------------------------------- agreement control file

-- One control file per agreement (AgreementControl), created when something is first recorded.
-- The termination outcome (T3) and the funder's payment deadline (N1) are optional column groups;
-- the lists are child tables, in the order recorded.
create table agreement_control (
    agreement_id                        uuid            primary key references agreement (id),
    termination_effective_date          date,
    termination_ground                  text            check (termination_ground in ('BREACH_AFTER_NOTICE', 'DISSOLUTION',
                                                                                      'LIQUIDATION', 'OUT_OF_COMPETENCE')),
    termination_initiated_by            text            check (termination_initiated_by in ('FUNDER', 'ASSOCIATION')),
    termination_restitution             text            check (termination_restitution in ('NONE', 'FULL', 'PRO_RATA_TEMPORIS')),
    termination_amount_kept             numeric(15, 2)  check (termination_amount_kept >= 0),
    termination_amount_to_restitute     numeric(15, 2)  check (termination_amount_to_restitute >= 0),
    payment_deadline_notified_on        date,
    payment_deadline_due_by             date,
    version                             bigint          not null,
    constraint agreement_control_termination_complete check (
        num_nulls(termination_effective_date, termination_ground, termination_initiated_by, termination_restitution,
                  termination_amount_kept, termination_amount_to_restitute) in (0, 6)),
    constraint agreement_control_payment_deadline_complete check (
        (payment_deadline_notified_on is null) = (payment_deadline_due_by is null)),
    constraint agreement_control_payment_deadline_after_notification check (payment_deadline_due_by >= payment_deadline_notified_on)
);
comment on table agreement_control is 'Control file of an agreement: termination outcome (T3), funder payment deadline (N1); lists in agreement_control_*.';

-- the deadlines dashboard: N1 deadlines by due date
create index agreement_control_payment_deadline_idx on agreement_control (payment_deadline_due_by)
    where payment_deadline_due_by is not null;

create table agreement_control_formal_notice (
    agreement_id                    uuid    not null references agreement_control (agreement_id) on delete cascade,
    position                        integer not null check (position >= 0),
    sent_on                         date    not null,
    registered_letter_reference     text    not null check (btrim(registered_letter_reference) <> ''),
    breach                          text    not null check (btrim(breach) <> ''),
    sent_by                         text    not null check (sent_by in ('FUNDER', 'ASSOCIATION')),
    remedied_on                     date    check (remedied_on >= sent_on),
    primary key (agreement_id, position)
);
comment on table agreement_control_formal_notice is 'Formal notices (mises en demeure, T1), numbered position + 1 in order of sending.';

create table agreement_control_funding_decision (
    agreement_id    uuid            not null references agreement_control (agreement_id) on delete cascade,
    position        integer         not null check (position >= 0),
    kind            text            not null check (kind in ('SUSPEND_PAYMENTS', 'REDUCE_SUBSIDY', 'RECONSIDER_AMOUNT',
                                                             'DEMAND_REPAYMENT')),
    cause           text            not null check (cause in ('NON_EXECUTION', 'SIGNIFICANT_DELAY', 'UNAPPROVED_CHANGE')),
    reason          text            not null check (btrim(reason) <> ''),
    amount          numeric(15, 2)  check (amount >= 0),
    subsidy_before  numeric(15, 2)  not null check (subsidy_before >= 0),
    paid_before     numeric(15, 2)  not null check (paid_before >= 0),
    decided_on      date            not null,
    decided_by      text            not null check (btrim(decided_by) <> ''),
    primary key (agreement_id, position),
    constraint agreement_control_funding_decision_paid_within_subsidy check (paid_before <= subsidy_before),
    -- a suspension has no amount; a reduction and a repayment have one
    constraint agreement_control_funding_decision_amount check (case kind
        when 'SUSPEND_PAYMENTS' then amount is null
        when 'REDUCE_SUBSIDY' then amount > 0 and amount <= subsidy_before
        when 'DEMAND_REPAYMENT' then amount > 0 and amount <= paid_before
        else amount is null or amount <= subsidy_before end)
);
comment on table agreement_control_funding_decision is 'Decisions of the funder on non-execution, delay or unapproved change (A3), in the order recorded.';

create table agreement_control_meeting (
    agreement_id    uuid    not null references agreement_control (agreement_id) on delete cascade,
    position        integer not null check (position >= 0),
    kind            text    not null check (kind in ('EVALUATION', 'FOLLOW_UP')),
    held_on         date    not null,
    summary         text    not null check (btrim(summary) <> ''),
    recorded_by     text    not null check (btrim(recorded_by) <> ''),
    primary key (agreement_id, position)
);
comment on table agreement_control_meeting is 'Meetings held with the association (O8 follow-up, O9 evaluation).';

create table agreement_control_republican_breach (
    agreement_id        uuid            not null references agreement_control (agreement_id) on delete cascade,
    position            integer         not null check (position >= 0),
    breach_date         date            not null,
    days_remaining      bigint          not null check (days_remaining >= 0),
    days_in_period      bigint          not null check (days_in_period > 0),
    amount_withdrawn    numeric(15, 2)  not null check (amount_withdrawn >= 0),
    amount_to_recover   numeric(15, 2)  not null check (amount_to_recover >= 0),
    recorded_by         text            not null check (btrim(recorded_by) <> ''),
    primary key (agreement_id, position),
    constraint agreement_control_republican_breach_days check (days_remaining <= days_in_period)
);
comment on table agreement_control_republican_breach is 'Breaches of the contrat d''engagement républicain (N2) and the withdrawal computed.';
