-- Bulk imports (docs/adr/021-imports-previewed-then-committed-whole.md). A file is read into rows
-- and previewed (readings, errors, possible duplicates) before anything is saved; the commit saves
-- every row or none. The cells are kept only until the import is committed or discarded: the
-- import's copy of people's data does not outlive it; counts, hash and the ids created stay.
create table import_batch (
    id             uuid primary key,
    kind           varchar(20)  not null,
    status         varchar(20)  not null,
    file_name      varchar(255),
    file_sha256    char(64)     not null,
    encoding       varchar(40),
    sheet          varchar(100),
    headers        jsonb        not null,
    mapping        jsonb        not null,
    created_by     varchar(100) not null,
    created_at     timestamptz  not null,
    committed_at   timestamptz,
    result         jsonb,
    version        bigint       not null default 0,
    constraint import_status check (status in ('PREVIEW', 'COMMITTED', 'DISCARDED'))
);
create index import_batch_hash_idx on import_batch (file_sha256) where status = 'COMMITTED';
create index import_batch_created_idx on import_batch (created_at desc);

create table import_row (
    import_id      uuid         not null references import_batch (id) on delete cascade,
    row_number     integer      not null,
    cells          jsonb,
    reading        jsonb,
    errors         jsonb        not null default '[]',
    duplicates     jsonb        not null default '[]',
    decision       varchar(10),
    target_id      uuid,
    primary key (import_id, row_number)
);

-- A mapping an admin confirmed, remembered for the next file with the same headers.
create table import_mapping (
    headers_key    char(64)     primary key,
    mapping        jsonb        not null,
    updated_at     timestamptz  not null
);

-- How far a long read or commit has gone, written in a transaction of its own as it goes, so that
-- the page waiting for it can show it (any copy of the application answers the poll).
create table import_progress (
    token          uuid         primary key,
    owner          varchar(100) not null,
    stage          varchar(20)  not null,
    done           integer      not null,
    total          integer      not null,
    updated_at     timestamptz  not null
);
