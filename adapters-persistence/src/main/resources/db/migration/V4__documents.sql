-- Conventio: documents sent by associations (evidence of their obligations). The content lives in
-- files under the documents directory (conventio.documents.directory), addressed by its SHA-256:
-- <directory>/ab/cd/<sha256> (identical content stored once); this table holds what staff see and
-- who uploaded it. Several rows may share one content. Back up the directory with the database.

create table document (
    id              uuid        primary key,
    file_name       text        not null check (btrim(file_name) <> '' and length(file_name) <= 255),
    -- the type found in the content (magic bytes), not the one the browser announced
    content_type    text        not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg',
                                                                 'application/vnd.oasis.opendocument.text',
                                                                 'application/vnd.oasis.opendocument.spreadsheet',
                                                                 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                                                                 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                                                                 'application/msword', 'application/vnd.ms-excel')),
    size            bigint      not null check (size > 0),
    sha256          char(64)    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by     text        not null check (btrim(uploaded_by) <> ''),
    uploaded_at     timestamptz not null default now()
);
comment on table document is 'Documents kept by the document storage; content in <documents directory>/ab/cd/<sha256>.';

create index document_sha256_idx on document (sha256);
