-- Conventio: a letter a member of staff sends by e-mail (issue 11, point 2) is audited on the agreement: aggregate
-- type MAIL_MESSAGE, aggregate id the outbox message's id, written in the transaction that queues it. The automatic
-- messages (reminders, digests) are not audited: the outbox is their log.

alter table audit_event drop constraint audit_event_aggregate_type_check;
alter table audit_event add constraint audit_event_aggregate_type_check
    check (aggregate_type in ('FUNDER', 'ASSOCIATION', 'BUDGET_LINE', 'AGREEMENT', 'PAYMENT', 'OBLIGATION', 'RECOVERY_ORDER',
                              'AGREEMENT_CONTROL', 'MULTI_YEAR_PLAN', 'GENERATED_DOCUMENT', 'DOCUMENT_TEMPLATE', 'CALENDAR_TOKEN',
                              'MAIL_MESSAGE'));
