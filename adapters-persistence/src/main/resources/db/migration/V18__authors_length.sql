-- The two logins V12 added (who drafted, who settled) are bounded like every other login column (TextLimits.USER),
-- as V14 bounded the others: V12 and V14 were written side by side and V14 did not see them.
alter table agreement
    add constraint agreement_created_by_length check (char_length(created_by) <= 100),
    add constraint agreement_settlement_settled_by_length check (char_length(settlement_settled_by) <= 100);
