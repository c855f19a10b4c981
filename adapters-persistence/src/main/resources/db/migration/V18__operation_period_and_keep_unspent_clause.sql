-- Conventio, issue 10 (branch i10a): the operation's own period (D4) and the keep-unspent clause (A4), two terms
-- of an agreement tracked per version like the others (M1: an amendment may change them, and lists it).

-- D4: the operation's period; both null when the operation runs over the budget year (the default).
alter table agreement_terms
    add column operation_start      date,
    add column operation_end        date,
    -- A4: none, a rate of the subsidy (kept at most, the cap rounded down) or an amount kept at most
    add column keep_unspent_kind    text            not null default 'NONE'
        check (keep_unspent_kind in ('NONE', 'RATE', 'AMOUNT')),
    add column keep_unspent_rate    numeric(5, 2)   check (keep_unspent_rate > 0 and keep_unspent_rate <= 100),
    add column keep_unspent_amount  numeric(15, 2)  check (keep_unspent_amount > 0),
    add constraint agreement_terms_operation_period_d4
        check ((operation_start is null) = (operation_end is null) and (operation_end is null or operation_end >= operation_start)),
    add constraint agreement_terms_keep_unspent_clause_a4
        check ((keep_unspent_kind = 'NONE' and keep_unspent_rate is null and keep_unspent_amount is null)
            or (keep_unspent_kind = 'RATE' and keep_unspent_rate is not null and keep_unspent_amount is null)
            or (keep_unspent_kind = 'AMOUNT' and keep_unspent_amount is not null and keep_unspent_rate is null));
comment on column agreement_terms.operation_start is 'D4: start of the operation''s own period; null with operation_end when it is the budget year.';
comment on column agreement_terms.operation_end is 'D4: end of the operation; O9 (evaluation meeting) counts two months from it.';
comment on column agreement_terms.keep_unspent_kind is 'A4: keep-unspent clause: NONE, RATE (keep_unspent_rate % of the subsidy) or AMOUNT (keep_unspent_amount).';

-- M1: an amendment may list the two new elements.
alter table agreement_amendment drop constraint agreement_amendment_changes_check;
alter table agreement_amendment add constraint agreement_amendment_changes_check
    check (cardinality(changes) >= 1
           and changes <@ array['SUBSIDY_AMOUNT', 'SUBSIDY_SPLIT', 'FORECAST_BUDGET', 'PROGRAMME', 'PAYMENT_TERMS', 'SIGNATORY',
                                'REPRESENTATIVE', 'OPERATION_PERIOD', 'KEEP_UNSPENT_CLAUSE', 'OTHER']::text[]);
