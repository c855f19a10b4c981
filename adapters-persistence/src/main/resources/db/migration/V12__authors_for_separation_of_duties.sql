-- Conventio: who drafted each agreement and who recorded its settlement (issue 8, separation of duties).
--
-- With conventio.security.separation-of-duties=true (the default) whoever drafted an agreement may not
-- approve it, and whoever recorded its settlement may not pay its balance. The authors are logins, as the
-- audit trail's actor. Null means unknown: no refusal is made on an unknown author.

alter table agreement
    add column created_by            text check (created_by is null or btrim(created_by) <> ''),
    add column settlement_settled_by text check (settlement_settled_by is null or btrim(settlement_settled_by) <> '');

alter table agreement
    -- who settled goes with the settlement
    add constraint agreement_settled_by_with_settlement check (settlement_settled_by is null or settlement_date is not null);

comment on column agreement.created_by is 'Login of whoever drafted the agreement (may not approve it: separation of duties).';
comment on column agreement.settlement_settled_by is 'Login of whoever recorded the settlement (may not pay the balance: separation of duties).';

-- Agreements stored before this version: the audit trail knows their authors. The creation is the
-- agreement's INSERT row; the settlement is the last save that turned its status to SETTLED.
update agreement a
   set created_by = (select e.actor from audit_event e
                      where e.aggregate_type = 'AGREEMENT' and e.aggregate_id = a.id and e.action = 'INSERT'
                      order by e.id limit 1);

update agreement a
   set settlement_settled_by = (select e.actor from audit_event e
                                 where e.aggregate_type = 'AGREEMENT' and e.aggregate_id = a.id
                                   and e.changes -> 'status' ->> 'new' = 'SETTLED'
                                 order by e.id desc limit 1)
 where a.settlement_date is not null;
