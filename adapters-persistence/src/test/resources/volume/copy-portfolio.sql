-- Copies every agreement of the database, with everything recorded about it, COPIES times (the read-side
-- benchmark replaces COPIES; docs/performance.md): 10 000 generated agreements become 100 000. Test data only,
-- never for a database with real agreements.
--
-- A copy k of a row gets the ids md5(id || '/' || k) (so that its children follow it without a mapping
-- table), the reference "<reference>-C<k>", recovery order numbers moved by k × 100 000 and commitment
-- positions by k × 1 000 000; the parties (funder, associations, budget lines) and the audit trail are not
-- copied. The stored accounts are copied with their agreement: they are the account of the copied
-- aggregates, which are the same. One transaction.

create function pg_temp.copy_id(uuid, integer) returns uuid
    language sql immutable
    as $$ select md5($1::text || '/' || $2)::uuid $$;

create temporary table copy_of (k integer primary key) on commit drop;
insert into copy_of select generate_series(1, COPIES);
create temporary table copy_original (id uuid primary key) on commit drop;
insert into copy_original select id from agreement;

insert into agreement (id, reference, funder_id, association_id, budget_year, object, status, terms_version, deliberation_number, deliberation_deciding_body, deliberation_date, signature_date, settlement_final_subsidy, settlement_date, closed_on, termination_effective_date, termination_ground, version, settlement_real_expenses, settlement_subsidy_base)
select pg_temp.copy_id(x.id, k.k), x.reference || '-C' || k.k, x.funder_id, x.association_id, x.budget_year, x.object, x.status, x.terms_version, x.deliberation_number, x.deliberation_deciding_body, x.deliberation_date, x.signature_date, x.settlement_final_subsidy, x.settlement_date, x.closed_on, x.termination_effective_date, x.termination_ground, x.version, x.settlement_real_expenses, x.settlement_subsidy_base
from agreement x
join copy_original o on o.id = x.id
cross join copy_of k;

insert into agreement_terms (agreement_id, version_number, signatory_civility, signatory_name, signatory_function, signatory_delegation, representative_civility, representative_name, representative_function, eligible_expenses, subsidy_amount, advance_rate, payment_on_event, award_notified_on)
select pg_temp.copy_id(x.agreement_id, k.k), x.version_number, x.signatory_civility, x.signatory_name, x.signatory_function, x.signatory_delegation, x.representative_civility, x.representative_name, x.representative_function, x.eligible_expenses, x.subsidy_amount, x.advance_rate, x.payment_on_event, x.award_notified_on
from agreement_terms x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

insert into agreement_terms_action_category (agreement_id, version_number, category_position, numeral, title)
select pg_temp.copy_id(x.agreement_id, k.k), x.version_number, x.category_position, x.numeral, x.title
from agreement_terms_action_category x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

insert into agreement_terms_action (agreement_id, version_number, category_position, action_position, text)
select pg_temp.copy_id(x.agreement_id, k.k), x.version_number, x.category_position, x.action_position, x.text
from agreement_terms_action x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

insert into agreement_terms_funding_source (agreement_id, version_number, position, kind, name, amount)
select pg_temp.copy_id(x.agreement_id, k.k), x.version_number, x.position, x.kind, x.name, x.amount
from agreement_terms_funding_source x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

insert into agreement_terms_in_kind_contribution (agreement_id, version_number, position, kind, description, value)
select pg_temp.copy_id(x.agreement_id, k.k), x.version_number, x.position, x.kind, x.description, x.value
from agreement_terms_in_kind_contribution x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

insert into agreement_terms_subsidy_allocation (agreement_id, version_number, position, budget_line_id, label, amount)
select pg_temp.copy_id(x.agreement_id, k.k), x.version_number, x.position, x.budget_line_id, x.label, x.amount
from agreement_terms_subsidy_allocation x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

insert into agreement_terms_payment_date (agreement_id, version_number, position, payment_date)
select pg_temp.copy_id(x.agreement_id, k.k), x.version_number, x.position, x.payment_date
from agreement_terms_payment_date x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

insert into agreement_amendment (agreement_id, amendment_number, amendment_date, description, changes, other_change)
select pg_temp.copy_id(x.agreement_id, k.k), x.amendment_number, x.amendment_date, x.description, x.changes, x.other_change
from agreement_amendment x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

insert into agreement_third_party_delegation (agreement_id, position, description, agreed_on)
select pg_temp.copy_id(x.agreement_id, k.k), x.position, x.description, x.agreed_on
from agreement_third_party_delegation x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

insert into agreement_suspension (agreement_id, position, reason, since, resumed_on)
select pg_temp.copy_id(x.agreement_id, k.k), x.position, x.reason, x.since, x.resumed_on
from agreement_suspension x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

insert into budget_line_commitment (budget_line_id, position, budget_year, agreement_id, amount)
select x.budget_line_id, x.position + k.k * 1000000, x.budget_year, pg_temp.copy_id(x.agreement_id, k.k), x.amount
from budget_line_commitment x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

insert into payment (id, agreement_id, kind, value_date, order_reference, status, cancelled_on, cancelled_by, cancellation_reason, version)
select pg_temp.copy_id(x.id, k.k), pg_temp.copy_id(x.agreement_id, k.k), x.kind, x.value_date, x.order_reference, x.status, x.cancelled_on, x.cancelled_by, x.cancellation_reason, x.version
from payment x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

insert into payment_line_charge (payment_id, position, budget_line_id, amount)
select pg_temp.copy_id(x.payment_id, k.k), x.position, x.budget_line_id, x.amount
from payment_line_charge x
join payment p on p.id = x.payment_id
join copy_original o on o.id = p.agreement_id
cross join copy_of k;

insert into obligation (id, agreement_id, type, due_date, status, version)
select pg_temp.copy_id(x.id, k.k), pg_temp.copy_id(x.agreement_id, k.k), x.type, x.due_date, x.status, x.version
from obligation x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

insert into obligation_event (obligation_id, position, kind, event_date, recorded_by, evidence_document_id, evidence_file_name, reason)
select pg_temp.copy_id(x.obligation_id, k.k), x.position, x.kind, x.event_date, x.recorded_by, x.evidence_document_id, x.evidence_file_name, x.reason
from obligation_event x
join obligation p on p.id = x.obligation_id
join copy_original o on o.id = p.agreement_id
cross join copy_of k;

insert into recovery_order (id, funder_id, agreement_id, number_year, number_sequence, ground, amount, issued_on, status, cancelled_on, cancelled_by, cancellation_reason, version, remaining_due)
select pg_temp.copy_id(x.id, k.k), x.funder_id, pg_temp.copy_id(x.agreement_id, k.k), x.number_year, x.number_sequence + k.k * 100000, x.ground, x.amount, x.issued_on, x.status, x.cancelled_on, x.cancelled_by, x.cancellation_reason, x.version, x.remaining_due
from recovery_order x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

insert into recovery_order_receipt (recovery_order_id, position, amount, received_on)
select pg_temp.copy_id(x.recovery_order_id, k.k), x.position, x.amount, x.received_on
from recovery_order_receipt x
join recovery_order p on p.id = x.recovery_order_id
join copy_original o on o.id = p.agreement_id
cross join copy_of k;

insert into agreement_control (agreement_id, termination_effective_date, termination_ground, termination_initiated_by, termination_restitution, termination_amount_kept, termination_amount_to_restitute, payment_deadline_notified_on, payment_deadline_due_by, version)
select pg_temp.copy_id(x.agreement_id, k.k), x.termination_effective_date, x.termination_ground, x.termination_initiated_by, x.termination_restitution, x.termination_amount_kept, x.termination_amount_to_restitute, x.payment_deadline_notified_on, x.payment_deadline_due_by, x.version
from agreement_control x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

insert into agreement_control_formal_notice (agreement_id, position, sent_on, registered_letter_reference, breach, sent_by, remedied_on)
select pg_temp.copy_id(x.agreement_id, k.k), x.position, x.sent_on, x.registered_letter_reference, x.breach, x.sent_by, x.remedied_on
from agreement_control_formal_notice x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

insert into agreement_control_funding_decision (agreement_id, position, kind, cause, reason, amount, subsidy_before, paid_before, decided_on, decided_by)
select pg_temp.copy_id(x.agreement_id, k.k), x.position, x.kind, x.cause, x.reason, x.amount, x.subsidy_before, x.paid_before, x.decided_on, x.decided_by
from agreement_control_funding_decision x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

insert into agreement_control_meeting (agreement_id, position, kind, held_on, summary, recorded_by)
select pg_temp.copy_id(x.agreement_id, k.k), x.position, x.kind, x.held_on, x.summary, x.recorded_by
from agreement_control_meeting x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

insert into agreement_control_republican_breach (agreement_id, position, breach_date, days_remaining, days_in_period, amount_withdrawn, amount_to_recover, recorded_by)
select pg_temp.copy_id(x.agreement_id, k.k), x.position, x.breach_date, x.days_remaining, x.days_in_period, x.amount_withdrawn, x.amount_to_recover, x.recorded_by
from agreement_control_republican_breach x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

insert into agreement_account (agreement_id, status, stage, budget_year, voted_subsidy, subsidy_in_force, adjusted_subsidy, final_subsidy, advance_cap, paid, cancelled, advances_paid, kept, balance_due, advance_available, balance_payable, owed, claimed, outstanding, overpayment_to_claim, to_recover, recovered, open_obligations, closable)
select pg_temp.copy_id(x.agreement_id, k.k), x.status, x.stage, x.budget_year, x.voted_subsidy, x.subsidy_in_force, x.adjusted_subsidy, x.final_subsidy, x.advance_cap, x.paid, x.cancelled, x.advances_paid, x.kept, x.balance_due, x.advance_available, x.balance_payable, x.owed, x.claimed, x.outstanding, x.overpayment_to_claim, x.to_recover, x.recovered, x.open_obligations, x.closable
from agreement_account x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

insert into agreement_account_line (agreement_id, budget_line_id, position, budget_year, share, committed, released, paid, recovered)
select pg_temp.copy_id(x.agreement_id, k.k), x.budget_line_id, x.position, x.budget_year, x.share, x.committed, x.released, x.paid, x.recovered
from agreement_account_line x
join copy_original o on o.id = x.agreement_id
cross join copy_of k;

-- the next recovery order numbers come after the copies
update recovery_order_counter c
set last_sequence = (select max(r.number_sequence) from recovery_order r where r.funder_id = c.funder_id and r.number_year = c.year)
where exists (select 1 from recovery_order r where r.funder_id = c.funder_id and r.number_year = c.year);
