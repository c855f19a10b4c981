-- Conventio: the documents generated for an agreement (issue 11: the agreement, its amendments and letters, as
-- PDF or DOCX). The file itself is kept by the document storage (table document); a file a row here refers to is
-- never purged as unattached. Inserted only, each with an audit row (aggregate type GENERATED_DOCUMENT).
-- Also the administrator's document templates (document_template).

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

-- The administrator's wording of each kind of document (letterhead, opening paragraph, closing formula; fields as
-- {{convention.reference}} from a closed catalogue, checked before saving). No row: the default wording. Audited
-- (aggregate type DOCUMENT_TEMPLATE, aggregate id derived from the kind).
create table document_template (
    id              uuid        primary key,
    kind            text        not null unique check (kind in ('AGREEMENT', 'AMENDMENT', 'AWARD_NOTIFICATION', 'FORMAL_NOTICE',
                                                                'DOCUMENTS_REQUEST', 'RECOVERY_NOTICE', 'TERMINATION_LETTER')),
    letterhead      text        check (length(letterhead) <= 2000),
    opening         text        check (length(opening) <= 2000),
    closing         text        check (length(closing) <= 2000),
    updated_at      timestamptz not null default now(),
    updated_by      text        not null check (btrim(updated_by) <> ''),
    check (letterhead is not null or opening is not null or closing is not null)
);
comment on table document_template is 'Wording the administrator replaced in a kind of generated document; no row means the default.';

alter table audit_event drop constraint audit_event_aggregate_type_check;
alter table audit_event add constraint audit_event_aggregate_type_check
    check (aggregate_type in ('FUNDER', 'ASSOCIATION', 'BUDGET_LINE', 'AGREEMENT', 'PAYMENT', 'OBLIGATION', 'RECOVERY_ORDER',
                              'AGREEMENT_CONTROL', 'MULTI_YEAR_PLAN', 'GENERATED_DOCUMENT', 'DOCUMENT_TEMPLATE'));
