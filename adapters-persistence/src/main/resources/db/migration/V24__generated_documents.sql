-- Conventio: the documents generated for an agreement (issue 11: the agreement, its amendments and letters, as
-- PDF or DOCX). The file itself is kept by the document storage (table document); a file a row here refers to is
-- never purged as unattached. Inserted only, each with an audit row (aggregate type GENERATED_DOCUMENT).

create table generated_document (
    id              uuid        primary key,
    agreement_id    uuid        not null references agreement (id),
    kind            text        not null check (kind in ('AGREEMENT', 'AMENDMENT', 'AWARD_NOTIFICATION', 'FORMAL_NOTICE',
                                                         'DOCUMENTS_REQUEST', 'RECOVERY_NOTICE', 'TERMINATION_LETTER')),
    -- which one of a numbered kind (amendment n° 2, the first formal notice, the agreement's first recovery order); 0 otherwise
    number          integer     not null check (number >= 0),
    format          text        not null check (format in ('PDF', 'DOCX')),
    document_id     uuid        not null references document (id),
    file_name       text        not null check (btrim(file_name) <> '' and length(file_name) <= 255),
    generated_at    timestamptz not null,
    generated_by    text        not null check (btrim(generated_by) <> '')
);
comment on table generated_document is 'Documents generated for an agreement (agreement, amendment, letters), the stored file of each.';

create index generated_document_agreement_idx on generated_document (agreement_id, generated_at desc);
create index generated_document_document_idx on generated_document (document_id);

alter table audit_event drop constraint audit_event_aggregate_type_check;
alter table audit_event add constraint audit_event_aggregate_type_check
    check (aggregate_type in ('FUNDER', 'ASSOCIATION', 'BUDGET_LINE', 'AGREEMENT', 'PAYMENT', 'OBLIGATION', 'RECOVERY_ORDER',
                              'AGREEMENT_CONTROL', 'GENERATED_DOCUMENT'));
