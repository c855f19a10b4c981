-- Conventio: an agreement's reference is unique ignoring case and accents (issue 9): "ECO-2020-SCS",
-- "eco-2020-scs" and "ÉCO-2020-SCS" name one agreement. The application refuses the second with a message on
-- the field; this index is the last word when two drafts are saved at the same moment.
--
-- Existing references that already collide are named and the migration stops: someone must rename one of them
-- (nothing is renamed behind staff's back).

do $$
declare
    collisions text;
begin
    select string_agg(refs, ' ; ') into collisions
    from (select string_agg(reference, ', ' order by reference) as refs
          from agreement
          group by lower(conventio_unaccent(btrim(reference)))
          having count(*) > 1) as same;
    if collisions is not null then
        raise exception 'Références de conventions identiques aux majuscules et accents près : %. Renommez-en une avant la mise à jour.',
            collisions;
    end if;
end
$$;

create unique index agreement_reference_normalised_key on agreement (lower(conventio_unaccent(btrim(reference))));
comment on index agreement_reference_normalised_key is 'One agreement per reference, ignoring case and accents (issue 9).';
