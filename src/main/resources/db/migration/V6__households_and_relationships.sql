-- Families: relationships between two registered people, and households (family groups) whose
-- membership keeps its history. Nothing is deleted: a removed link or a left household stays on
-- record with who ended it and when.

create table relationship (
    id           uuid primary key,
    -- "person_id is <type> relative_id": the mother is person_id of MOTHER_OF, the child relative_id.
    type         varchar(20)  not null check (type in ('MOTHER_OF', 'FATHER_OF', 'SPOUSE_OF', 'SIBLING_OF',
                                                       'GUARDIAN_OF')),
    person_id    uuid         not null references person (id),
    relative_id  uuid         not null references person (id),
    evidence     varchar(20)  not null check (evidence in ('DECLARED', 'DOCUMENTED', 'DNA_CONFIRMED')),
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz  not null default now(),
    removed_by   varchar(100),
    removed_at   timestamptz,
    removal_reason varchar(500),
    constraint relationship_not_to_oneself check (person_id <> relative_id),
    constraint relationship_removal_complete check ((removed_at is null) = (removed_by is null))
);
create index relationship_person_idx on relationship (person_id) where removed_at is null;
create index relationship_relative_idx on relationship (relative_id) where removed_at is null;
-- At most one mother and one father, and no link recorded twice, even under concurrent edits.
create unique index relationship_one_mother on relationship (relative_id) where type = 'MOTHER_OF' and removed_at is null;
create unique index relationship_one_father on relationship (relative_id) where type = 'FATHER_OF' and removed_at is null;
create unique index relationship_once on relationship (type, least(person_id, relative_id), greatest(person_id, relative_id))
    where removed_at is null;

create sequence household_number_seq start 1;

create table household (
    id                  uuid primary key,
    household_number    varchar(20)  not null unique,
    reference_person_id uuid references person (id),
    version             bigint       not null default 0,
    created_by          varchar(100) not null,
    created_at          timestamptz  not null default now()
);

create table household_membership (
    id           uuid primary key,
    household_id uuid         not null references household (id),
    person_id    uuid         not null references person (id),
    joined_at    timestamptz  not null,
    joined_by    varchar(100) not null,
    left_at      timestamptz,
    left_by      varchar(100),
    constraint household_membership_leaving_complete check ((left_at is null) = (left_by is null))
);
-- One household at a time.
create unique index household_membership_current on household_membership (person_id) where left_at is null;
create index household_membership_household_idx on household_membership (household_id) where left_at is null;
