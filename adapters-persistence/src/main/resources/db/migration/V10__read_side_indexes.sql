-- Conventio: indexes for the read side (associations list, budget consumption, dashboard).
--
-- What the read queries already find indexed (V1, V2): agreements by association, status and budget
-- year; terms by primary key; payments by agreement; line charges by payment (primary key); commitments
-- by (line, year, agreement); obligations and recovery orders by agreement; obligation events, funding
-- decisions and republican breaches by their owner's primary key; the association's name (trigram).
--
-- What the associations search still scanned: the text typed is also looked for ("contains", ILIKE)
-- in the city and, spaces removed, in the SIRET and the RNA number. Trigram indexes on the very
-- expressions of the query let PostgreSQL answer the OR of the four conditions with a BitmapOr of
-- index scans instead of reading the whole table.

create index association_city_search_idx on association using gin (conventio_unaccent(address_city) gin_trgm_ops);
create index association_siret_search_idx on association using gin ((siret::text) gin_trgm_ops);
create index association_rna_search_idx on association using gin ((rna::text) gin_trgm_ops);

-- The dashboard's payments to make and the balance due read, per agreement, its recorded payments
-- only: a partial index keeps cancelled payments out of the way.
create index payment_recorded_agreement_idx on payment (agreement_id, kind) where status = 'RECORDED';
