-- The two logins V12 added to agreement (who drafted it, who recorded its settlement) are bounded like every other
-- author column (TextLimits.USER = 100, as V14 bounds payment.cancelled_by or document.uploaded_by). Each
-- constraint is added only if missing, so that another branch adding the same bound merges without a clash.
do $$
begin
    if not exists (select 1 from pg_constraint where conname = 'agreement_created_by_length') then
        alter table agreement add constraint agreement_created_by_length check (char_length(created_by) <= 100);
    end if;
    if not exists (select 1 from pg_constraint where conname = 'agreement_settlement_settled_by_length') then
        alter table agreement add constraint agreement_settlement_settled_by_length check (char_length(settlement_settled_by) <= 100);
    end if;
end
$$;
