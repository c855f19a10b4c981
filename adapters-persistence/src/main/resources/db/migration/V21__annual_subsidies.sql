-- Issue 10, co-financing and annual totals (O4 across agreements): an obligation added to an agreement already
-- signed, when another agreement of the same year (or an amendment) raises the association's annual total from
-- the funder above the O4 threshold, keeps why it was added (« Obligation ajoutée : … le total annuel des
-- subventions de la collectivité atteint 95 000,00 € »). Null for the obligations generated at signature.
alter table obligation
    add column added_reason text,
    add constraint obligation_added_reason_not_blank check (btrim(added_reason) <> ''),
    add constraint obligation_added_reason_length check (char_length(added_reason) <= 2000);
comment on column obligation.added_reason is 'Why the obligation was added after the signature (O4 re-evaluated on the annual total); null when generated at signature.';

-- The association page reads every agreement of an association by budget year (co-financing by year).
create index agreement_association_year_idx on agreement (association_id, budget_year);
