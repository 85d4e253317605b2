-- Facilities: where people are held. A hierarchy (camp -> annex/section -> phase).
create table facility (
    id          uuid primary key,
    code        varchar(30)  not null,
    name        varchar(200) not null,
    name_ar     varchar(200),
    type        varchar(30)  not null
        check (type in ('DETENTION_CENTRE', 'CAMP', 'CAMP_SECTION', 'REHABILITATION_CENTRE', 'HOSPITAL')),
    governorate varchar(100),
    parent_id   uuid references facility (id),
    capacity    integer check (capacity >= 0),
    active      boolean      not null default true,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint facility_code_unique unique (code),
    constraint facility_not_own_parent check (parent_id is null or parent_id <> id)
);
create index facility_parent_idx on facility (parent_id);
