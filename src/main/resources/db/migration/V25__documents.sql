-- Files of a person (scans, photos): what they are here, the files themselves in document_file, a
-- table of their own that nothing reading people touches. Files are encrypted by the application
-- (documents.FileSealing) before they reach this table or an object store.
create table document (
    id             uuid primary key,
    person_id      uuid          not null references person (id),
    kind           varchar(30)   not null,
    content_type   varchar(100)  not null,
    size           bigint        not null check (size >= 0),
    sha256         varchar(64)   not null,
    original_name  varchar(255),
    note           varchar(1000),
    has_thumbnail  boolean       not null,
    uploaded_by    varchar(100)  not null,
    uploaded_at    timestamptz   not null,
    removed_by     varchar(100),
    removed_at     timestamptz,
    removed_reason varchar(1000)
);
-- a person's files, newest first; their current photo is the newest PHOTO not removed
create index document_person_idx on document (person_id, kind, uploaded_at desc);

-- The sealed file and its thumbnail, when the database is the store (homeward.files.store=database).
create table document_file (
    document_id uuid        not null references document (id),
    part        varchar(20) not null check (part in ('CONTENT', 'THUMBNAIL')),
    sealed      bytea       not null,
    primary key (document_id, part)
);
-- sealed files do not compress: keep them out of line without trying
alter table document_file alter column sealed set storage external;
