-- Conventio: the funder's logo the administrator uploads for the letterhead of every generated document (issue 11).
-- At most one row (the key is the constant 'LOGO'). The image itself is kept by the document storage (table document);
-- the unattached-documents purge never deletes the file this row refers to. Its type and size in pixels were read from
-- its content when uploaded. Each replacement and removal is audited under the aggregate type DOCUMENT_TEMPLATE (the
-- administration's template section), so the audit_event type check is left as it is.

create table funder_logo (
    slot            text        primary key default 'LOGO' check (slot = 'LOGO'),
    document_id     uuid        not null references document (id),
    file_name       text        not null check (btrim(file_name) <> '' and length(file_name) <= 255),
    media_type      text        not null check (media_type in ('image/png', 'image/jpeg')),
    size            bigint      not null check (size > 0 and size <= 1048576),
    width           integer     not null check (width between 1 and 4000),
    height          integer     not null check (height between 1 and 4000),
    uploaded_at     timestamptz not null,
    uploaded_by     text        not null check (btrim(uploaded_by) <> '')
);
comment on table funder_logo is 'The funder''s logo in the letterhead of generated documents (at most one row); the file in document.';

create index funder_logo_document_idx on funder_logo (document_id);
