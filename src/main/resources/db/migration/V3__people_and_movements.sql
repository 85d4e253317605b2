-- The person registry. Status and current facility are derived from the movement history and
-- stored on the person (kept in step by MovementService) so that lists filter on indexed columns.
create sequence person_registration_seq start 1;

create table person (
    id                      uuid primary key,
    registration_number     varchar(20)  not null,
    given_name              varchar(100),
    father_name             varchar(100),
    grandfather_name        varchar(100),
    family_name             varchar(100),
    given_name_ar           varchar(100),
    father_name_ar          varchar(100),
    grandfather_name_ar     varchar(100),
    family_name_ar          varchar(100),
    sex                     varchar(1)   not null check (sex in ('F', 'M')),
    date_of_birth           date,
    date_of_birth_precision varchar(10)  check (date_of_birth_precision in ('EXACT', 'MONTH', 'YEAR', 'ESTIMATED')),
    place_of_birth          varchar(200),
    category                varchar(20)  not null check (category in ('DETAINEE', 'CAMP_RESIDENT')),
    status                  varchar(30)  not null,
    current_facility_id     uuid references facility (id),
    version                 bigint       not null default 0,
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now(),
    constraint person_registration_number_unique unique (registration_number),
    constraint person_has_a_name check (coalesce(given_name, given_name_ar) is not null),
    constraint person_dob_with_precision check ((date_of_birth is null) = (date_of_birth_precision is null))
);
create index person_current_facility_idx on person (current_facility_id);
create index person_status_idx on person (status);
create index person_date_of_birth_idx on person (date_of_birth);

create table person_alias (
    person_id uuid         not null references person (id) on delete cascade,
    alias     varchar(200) not null,
    primary key (person_id, alias)
);

-- Several nationalities per person, each claimed, verified or disputed. XXA = stateless, XXX = unknown.
create table person_nationality (
    person_id uuid       not null references person (id) on delete cascade,
    country   varchar(3) not null check (country ~ '^[A-Z]{3}$'),
    status    varchar(10) not null check (status in ('CLAIMED', 'VERIFIED', 'DISPUTED')),
    primary key (person_id, country)
);
create index person_nationality_country_idx on person_nationality (country, person_id);

create table person_flag (
    person_id uuid        not null references person (id) on delete cascade,
    flag      varchar(30) not null,
    primary key (person_id, flag)
);

create table identity_document (
    person_id       uuid        not null references person (id) on delete cascade,
    type            varchar(30) not null,
    number          varchar(60) not null,
    issuing_country varchar(3)  not null,
    expiry          date,
    primary key (person_id, type, number)
);

create table movement (
    id               uuid primary key,
    person_id        uuid        not null references person (id),
    type             varchar(30) not null check (type in ('ADMISSION', 'TRANSFER', 'HOSPITALISATION', 'RELEASE',
                                                          'REPATRIATION', 'DEATH', 'WHEREABOUTS_UNKNOWN')),
    from_facility_id uuid references facility (id),
    to_facility_id   uuid references facility (id),
    date             date        not null,
    note             varchar(2000),
    recorded_by      varchar(100) not null,
    recorded_at      timestamptz not null default now()
);
create index movement_person_idx on movement (person_id, date desc, recorded_at desc);
