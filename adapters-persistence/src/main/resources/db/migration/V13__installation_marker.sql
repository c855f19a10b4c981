-- Conventio: markers of what was done once to this installation (issue 8), e.g. that the demo data was
-- loaded. A marker is written in the same transaction as what it marks, so it exists exactly when that
-- was done and committed; it refers to no record, so no rename or deletion of a record can undo it.
--
-- Append-only: the application has no update or delete path, and the application's role of the
-- embedded server has neither right on this table (ApplicationRoleGrants). For an external server:
--   revoke update, delete, truncate on installation_marker from conventio_app;

create table installation_marker (
    marker      text        primary key check (marker in ('DEMO_DATA')),
    recorded_at timestamptz not null,
    note        text        not null check (btrim(note) <> '' and length(note) <= 500)
);
comment on table installation_marker is 'What was done once to this installation (e.g. DEMO_DATA: the demo data was loaded), with when.';
