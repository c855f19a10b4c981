-- Conventio: instalments (versements échelonnés, rule V5). An agreement's terms may set, instead of
-- advance + balance, a schedule of 2 to 12 instalments per terms version, each with an amount and a
-- condition (signature, a document accepted, a date); the last one, and only it, is the balance (V2).
-- That they add up to the subsidy to the cent is the domain's check (InstalmentSchedule), run whenever
-- terms or subsidy are set; the database keeps each row sound. A payment of an instalment says which.

create table agreement_terms_instalment (
    agreement_id    uuid            not null,
    version_number  integer         not null,
    position        integer         not null check (position >= 0 and position < 12),
    amount          numeric(15, 2)  not null check (amount > 0),
    condition       text            not null check (condition in ('SIGNATURE', 'DOCUMENT_ACCEPTED', 'DATE', 'BALANCE')),
    due_date        date,
    document_type   text            check (document_type in ('INSURANCE_CERTIFICATE', 'FINANCIAL_REPORT', 'ANNUAL_ACCOUNTS',
        'CERTIFIED_ACCOUNTS', 'AUDITOR_REPORT', 'ACCOUNTS_PUBLICATION', 'ACTIVITY_REPORT', 'GENERAL_ASSEMBLY_MINUTES', 'BOARD_CHANGES',
        'COMMUNICATION_PROOF', 'PROGRESS_INFORMATION', 'EVALUATION_MEETING', 'FINAL_INCOME_STATEMENT', 'QUALITATIVE_QUANTITATIVE_REPORT',
        'CERTIFIED_LAST_ACCOUNTS')),
    primary key (agreement_id, version_number, position),
    foreign key (agreement_id, version_number) references agreement_terms (agreement_id, version_number) on delete cascade,
    -- a dated instalment has its date, and only it; an instalment on a document names it, and only it
    constraint agreement_terms_instalment_date_v5 check ((condition = 'DATE') = (due_date is not null)),
    constraint agreement_terms_instalment_document_v5 check ((condition = 'DOCUMENT_ACCEPTED') = (document_type is not null))
);
comment on table agreement_terms_instalment is 'Schedule of instalments of the payment terms (V5), per terms version; none = advance + balance.';

-- at most one balance per schedule (the last instalment, V5)
create unique index agreement_terms_instalment_one_balance_v5 on agreement_terms_instalment (agreement_id, version_number)
    where condition = 'BALANCE';

alter table payment drop constraint payment_kind_check;
alter table payment add constraint payment_kind_check check (kind in ('ADVANCE', 'BALANCE', 'INSTALMENT'));
alter table payment add column instalment_number integer check (instalment_number between 1 and 12);
-- V5: an instalment payment says which instalment it pays, and only it
alter table payment add constraint payment_instalment_number_v5 check ((kind = 'INSTALMENT') = (instalment_number is not null));
-- V3: an instalment is paid once (cancelled payments set it free again)
create unique index payment_instalment_once_v3 on payment (agreement_id, instalment_number) where status = 'RECORDED';

comment on column payment.instalment_number is 'The instalment of the schedule this payment pays (V5, from 1), for kind INSTALMENT.';
