-- Conventio: staff delete a draft agreement, or an association nothing refers to (issue 9). The deletion is a
-- real delete (the draft's terms, programme, budget and split and its account figures go with it, by the
-- cascades of V1 and V11), and it leaves one audit row with action DELETE: the audited fields as they were, old
-- values only. The trail stays append-only (V3's triggers and the application role's rights are unchanged), and
-- the history of a deleted record is still read from it (audit_event has no foreign keys).
-- Submission keys stay: a replay of the key that created a deleted draft answers "not found", never a new draft.

alter table audit_event drop constraint audit_event_action_check;
alter table audit_event add constraint audit_event_action_check check (action in ('INSERT', 'UPDATE', 'DELETE'));
