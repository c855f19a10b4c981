-- Conventio: bounded free texts, and what the document storage needs to keep uploads safe.
--
-- 1. Every free-text column gets a length limit, in characters (char_length counts code points, as the
--    domain's TextLimits does). The limits are those of fr.conventio.domain.shared.TextLimits, which the
--    domain values, the commands and the forms check first; these constraints are the last lock, for
--    anything that writes to the database without going through them. The migration validates the
--    existing rows: if one is longer, it stops and names the constraint (shorten that value, then start
--    again; nothing is cut silently). TextLimitsConstraintsIT checks that the two lists agree.
-- 2. document.original_name: the file name exactly as uploaded, for display (escaped where shown);
--    document.file_name is the cleaned name (no control, bidi, quote or path characters) used to store
--    and to download it.
-- 3. The purge of documents never attached to an obligation reads documents by upload time and looks
--    for evidence by document id: two indexes.

-- the longest element of a text array (address lines), 0 for an empty array
create function conventio_longest(text[]) returns integer
    language sql immutable parallel safe strict
    as $$ select coalesce(max(char_length(element)), 0) from unnest($1) as element $$;

-- ------------------------------------------------------------------------------------ parties

alter table funder
    add constraint funder_name_length check (char_length(name) <= 200),
    add constraint funder_address_lines_length check (conventio_longest(address_lines) <= 200),
    add constraint funder_address_city_length check (char_length(address_city) <= 100);

alter table funder_signatory
    add constraint funder_signatory_name_length check (char_length(name) <= 200),
    add constraint funder_signatory_function_length check (char_length(function) <= 300),
    add constraint funder_signatory_delegation_length check (char_length(delegation) <= 300);

alter table budget_line
    add constraint budget_line_code_length check (char_length(code) <= 30),
    add constraint budget_line_label_length check (char_length(label) <= 300);

alter table association
    add constraint association_name_length check (char_length(name) <= 200),
    add constraint association_address_lines_length check (conventio_longest(address_lines) <= 200),
    add constraint association_address_city_length check (char_length(address_city) <= 100),
    add constraint association_representative_name_length check (char_length(representative_name) <= 200),
    add constraint association_representative_function_length check (char_length(representative_function) <= 300);

-- ---------------------------------------------------------------------------------- agreements

alter table agreement
    add constraint agreement_object_length check (char_length(object) <= 10000),
    add constraint agreement_deliberation_number_length check (char_length(deliberation_number) <= 100),
    add constraint agreement_deliberation_deciding_body_length check (char_length(deliberation_deciding_body) <= 300),
    add constraint agreement_termination_ground_length check (char_length(termination_ground) <= 2000),
    add constraint agreement_created_by_length check (char_length(created_by) <= 100),
    add constraint agreement_settlement_settled_by_length check (char_length(settlement_settled_by) <= 100);

alter table agreement_terms
    add constraint agreement_terms_signatory_name_length check (char_length(signatory_name) <= 200),
    add constraint agreement_terms_signatory_function_length check (char_length(signatory_function) <= 300),
    add constraint agreement_terms_signatory_delegation_length check (char_length(signatory_delegation) <= 300),
    add constraint agreement_terms_representative_name_length check (char_length(representative_name) <= 200),
    add constraint agreement_terms_representative_function_length check (char_length(representative_function) <= 300);

alter table agreement_terms_action_category
    add constraint agreement_terms_action_category_title_length check (char_length(title) <= 300);

alter table agreement_terms_action
    add constraint agreement_terms_action_text_length check (char_length(text) <= 2000);

alter table agreement_terms_funding_source
    add constraint agreement_terms_funding_source_name_length check (char_length(name) <= 200);

alter table agreement_terms_in_kind_contribution
    add constraint agreement_terms_in_kind_contribution_description_length check (char_length(description) <= 2000);

alter table agreement_terms_subsidy_allocation
    add constraint agreement_terms_subsidy_allocation_label_length check (char_length(label) <= 300);

alter table agreement_amendment
    add constraint agreement_amendment_description_length check (char_length(description) <= 2000),
    add constraint agreement_amendment_other_change_length check (char_length(other_change) <= 2000);

alter table agreement_third_party_delegation
    add constraint agreement_third_party_delegation_description_length check (char_length(description) <= 2000);

alter table agreement_suspension
    add constraint agreement_suspension_reason_length check (char_length(reason) <= 2000);

-- ------------------------------------------------------------- payments, obligations, recovery

alter table payment
    add constraint payment_cancelled_by_length check (char_length(cancelled_by) <= 100),
    add constraint payment_cancellation_reason_length check (char_length(cancellation_reason) <= 2000);

alter table obligation_event
    add constraint obligation_event_recorded_by_length check (char_length(recorded_by) <= 100),
    add constraint obligation_event_evidence_document_id_length check (char_length(evidence_document_id) <= 100),
    add constraint obligation_event_evidence_file_name_length check (char_length(evidence_file_name) <= 255),
    add constraint obligation_event_reason_length check (char_length(reason) <= 2000);

alter table recovery_order
    add constraint recovery_order_cancelled_by_length check (char_length(cancelled_by) <= 100),
    add constraint recovery_order_cancellation_reason_length check (char_length(cancellation_reason) <= 2000);

-- ------------------------------------------------------------------------------- control file

alter table agreement_control_formal_notice
    add constraint agreement_control_formal_notice_letter_reference_length check (char_length(registered_letter_reference) <= 100),
    add constraint agreement_control_formal_notice_breach_length check (char_length(breach) <= 2000);

alter table agreement_control_funding_decision
    add constraint agreement_control_funding_decision_reason_length check (char_length(reason) <= 2000),
    add constraint agreement_control_funding_decision_decided_by_length check (char_length(decided_by) <= 100);

alter table agreement_control_meeting
    add constraint agreement_control_meeting_summary_length check (char_length(summary) <= 10000),
    add constraint agreement_control_meeting_recorded_by_length check (char_length(recorded_by) <= 100);

alter table agreement_control_republican_breach
    add constraint agreement_control_republican_breach_recorded_by_length check (char_length(recorded_by) <= 100);

-- ---------------------------------------------------------------------------------- documents

alter table document add column original_name text;
update document set original_name = file_name;
alter table document
    alter column original_name set not null,
    add constraint document_original_name_length check (btrim(original_name) <> '' and char_length(original_name) <= 255),
    add constraint document_uploaded_by_length check (char_length(uploaded_by) <= 100),
    -- the stored name carries no control character (C0, DEL, C1), no bidi or other format control, no
    -- quote, no path separator: it goes into Content-Disposition headers and file dialogs as is
    add constraint document_file_name_safe check (file_name !~ '[\x01-\x1f\x7f-\x9f"''/\\\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]');
comment on column document.file_name is 'Cleaned file name, used to store and download the document (Content-Disposition).';
comment on column document.original_name is 'File name as uploaded, for display only (shown escaped).';

create index document_uploaded_at_idx on document (uploaded_at);
create index obligation_event_evidence_document_idx on obligation_event (evidence_document_id)
    where evidence_document_id is not null;
