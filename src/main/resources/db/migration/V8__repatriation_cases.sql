-- Repatriation cases: one destination country, one or more subjects, a stage with its due date,
-- a checklist that gates the stages, a timeline of transitions and notes. Nothing is deleted.
create sequence repatriation_case_number_seq start 1;

create table repatriation_case (
    id                uuid primary key,
    case_number       varchar(20)  not null unique,
    country           varchar(3)   not null check (country ~ '^[A-Z]{3}$'),
    stage             varchar(30)  not null,
    -- where an ON_HOLD case resumes
    held_from_stage   varchar(30),
    officer           varchar(100),
    stage_due         date,
    handover_date     date,
    handover_point    varchar(200),
    receiving_authority varchar(200),
    handover_protocol varchar(200),
    opened_by         varchar(100) not null,
    opened_at         timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0
);
create index repatriation_case_country_stage_idx on repatriation_case (country, stage);

-- The people of a case. "open" is cleared when the case ends (completed, rejected, withdrawn), so
-- the database itself keeps one open case per person and country.
create table repatriation_subject (
    case_id   uuid       not null references repatriation_case (id),
    person_id uuid       not null references person (id),
    country   varchar(3) not null,
    open      boolean    not null default true,
    primary key (case_id, person_id)
);
create unique index repatriation_subject_one_open_case on repatriation_subject (person_id, country) where open;
create index repatriation_subject_person_idx on repatriation_subject (person_id);

create table repatriation_transition (
    id          uuid primary key,
    case_id     uuid         not null references repatriation_case (id),
    from_stage  varchar(30),
    to_stage    varchar(30)  not null,
    reason      varchar(2000),
    by_user     varchar(100) not null,
    at          timestamptz  not null
);
create index repatriation_transition_case_idx on repatriation_transition (case_id, at);

-- One row per checklist item and subject (subject null for items of the whole case), the latest
-- recorded value; the audit trail keeps every earlier one.
create table repatriation_check (
    id          uuid primary key,
    case_id     uuid         not null references repatriation_case (id),
    item        varchar(40)  not null,
    person_id   uuid references person (id),
    done        boolean      not null,
    detail      varchar(2000),
    document_type   varchar(30),
    document_number varchar(60),
    document_expiry date,
    recorded_by varchar(100) not null,
    recorded_at timestamptz  not null
);
create unique index repatriation_check_one on repatriation_check (case_id, item, coalesce(person_id, '00000000-0000-0000-0000-000000000000'));

create table repatriation_note (
    id          uuid primary key,
    case_id     uuid          not null references repatriation_case (id),
    text        varchar(4000) not null,
    written_by  varchar(100)  not null,
    written_at  timestamptz   not null
);
create index repatriation_note_case_idx on repatriation_note (case_id, written_at);
