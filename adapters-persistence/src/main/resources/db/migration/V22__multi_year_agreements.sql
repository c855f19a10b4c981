-- D5: multi-year agreements (conventions pluriannuelles d'objectifs, CPO). Year 1 of a CPO is an ordinary agreement
-- (the head); its plan lists the later years (2 to 4), each with its yearly amount split on budget lines, to confirm,
-- confirmed (by a yearly notification or a financial amendment, naming the yearly award created for it: an agreement
-- of that year) or dropped by a termination. Unconfirmed years are never committed on the budget lines.

create table multi_year_plan (
    head_agreement_id   uuid            primary key references agreement (id),
    first_year          integer         not null check (first_year between 2000 and 2100),
    first_year_amount   numeric(15, 2)  not null check (first_year_amount > 0),
    settlement_mode     text            not null check (settlement_mode in ('YEARLY', 'ONCE_AT_END')),
    terminated_on       date,
    version             bigint          not null check (version >= 0)
);
comment on table multi_year_plan is 'D5: the plan of a multi-year agreement (CPO), keyed by the agreement of its first year.';

create table multi_year_plan_year (
    head_agreement_id   uuid            not null references multi_year_plan (head_agreement_id) on delete cascade,
    rank                integer         not null check (rank between 2 and 4),
    budget_year         integer         not null check (budget_year between 2000 and 2100),
    amount              numeric(15, 2)  not null check (amount > 0),
    status              text            not null check (status in ('TO_CONFIRM', 'CONFIRMED', 'DROPPED')),
    confirmed_on        date,
    confirmation_kind   text            check (confirmation_kind in ('YEARLY_NOTIFICATION', 'FINANCIAL_AMENDMENT')),
    award_agreement_id  uuid            unique references agreement (id),
    primary key (head_agreement_id, rank),
    unique (head_agreement_id, budget_year),
    -- a confirmation (date, act, award) is present exactly when the year is confirmed
    constraint multi_year_plan_year_confirmation check (
        (status = 'CONFIRMED') = (confirmed_on is not null)
        and (confirmed_on is null) = (confirmation_kind is null)
        and (confirmed_on is null) = (award_agreement_id is null)),
    constraint multi_year_plan_year_not_the_head check (award_agreement_id is null or award_agreement_id <> head_agreement_id)
);
comment on table multi_year_plan_year is 'D5: a later year of a CPO, its yearly amount and its confirmation.';

create table multi_year_plan_year_split (
    head_agreement_id   uuid            not null,
    rank                integer         not null,
    position            integer         not null check (position >= 0),
    budget_line_id      uuid            not null references budget_line (id),
    label               text            check (label is null or (btrim(label) <> '' and char_length(label) <= 300)),
    amount              numeric(15, 2)  not null check (amount > 0),
    primary key (head_agreement_id, rank, position),
    unique (head_agreement_id, rank, budget_line_id),
    foreign key (head_agreement_id, rank) references multi_year_plan_year (head_agreement_id, rank) on delete cascade
);
comment on table multi_year_plan_year_split is 'D5: the split of a later year''s amount on the budget lines (B3).';

create index multi_year_plan_year_award_idx on multi_year_plan_year (award_agreement_id) where award_agreement_id is not null;

-- the plans are audited like every aggregate
alter table audit_event drop constraint audit_event_aggregate_type_check;
alter table audit_event add constraint audit_event_aggregate_type_check
    check (aggregate_type in ('FUNDER', 'ASSOCIATION', 'BUDGET_LINE', 'AGREEMENT', 'PAYMENT', 'OBLIGATION', 'RECOVERY_ORDER',
                              'AGREEMENT_CONTROL', 'MULTI_YEAR_PLAN'));
