-- Issue 10, V5/N1: the instalments of an agreement paid by instalments that the funder has to pay by a known date
-- and has not paid: deadlines of the funder's, listed and counted on the dashboard with the others. A dated
-- instalment is due on its date; one that waits for the signature or a document, once that happened, by the last
-- of the 60 days of N1 counted from it (AgreementAccount.instalmentsToPayBy). Part of the account's projection
-- (AccountFigures.instalmentDeadlines): replaced with agreement_account by the use case that saved the file, in
-- the same transaction; never the source of a decision.
create table agreement_instalment_deadline (
    agreement_id    uuid            not null references agreement_account (agreement_id) on delete cascade,
    -- the instalment's number in the schedule (from 1; the balance, the last one, is never here)
    number          integer         not null check (number between 1 and 11),
    due_by          date            not null,
    amount          numeric(15, 2)  not null check (amount > 0),
    primary key (agreement_id, number)
);
comment on table agreement_instalment_deadline is 'Instalments (V5) the funder has to pay by a known date and has not paid (N1), per agreement account.';

-- the deadlines dashboard: earliest first, the row read from the index
create index agreement_instalment_deadline_due_by_idx on agreement_instalment_deadline (due_by) include (agreement_id, number, amount);

-- The accounts stored before this table have no instalment deadlines: forget those of the agreements paid by
-- instalments, so that the start-up rebuild (AccountProjectionRebuild) stores them again, deadlines included,
-- through the domain; nothing is computed here.
delete from agreement_account ac
where exists (select 1 from agreement_terms_instalment i where i.agreement_id = ac.agreement_id);
