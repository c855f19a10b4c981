-- Issue 10, O5: the date the general assembly approved the association's accounts, entered by staff with the
-- annual accounts (O3). The auditor's report and the publication at the Journal officiel (O5) are then due three
-- months after it (until it is known, nine months after the year end, shown as provisional); the change of due
-- date is an event of their history (RESCHEDULED, with its reason: « Échéance fixée au … : comptes approuvés par
-- l'assemblée générale le … (échéance précédente : …) »).
alter table obligation
    add column accounts_approved_on date,
    add constraint obligation_accounts_approved_on_annual_accounts
        check (accounts_approved_on is null or type = 'ANNUAL_ACCOUNTS');
comment on column obligation.accounts_approved_on is 'O5: when the general assembly approved the accounts, on the annual accounts (O3) only; null until known.';

alter table obligation_event
    drop constraint obligation_event_kind_check,
    add constraint obligation_event_kind_check check (kind in ('RECEIVED', 'ACCEPTED', 'REJECTED', 'WAIVED', 'RESCHEDULED')),
    drop constraint obligation_event_reason_on_rejection_or_waiver,
    add constraint obligation_event_reason_on_rejection_waiver_or_reschedule
        check ((kind in ('REJECTED', 'WAIVED', 'RESCHEDULED')) = (reason is not null));
