-- Staff are recorded at login; their scopes live here (not in the token) so that an
-- admin's change applies on the next request. See docs/adr/001-scopes-in-the-database.md.
create table staff (
    id            uuid primary key,
    username      varchar(100) not null,
    subject       varchar(255),
    display_name  varchar(200),
    last_login_at timestamptz,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    constraint staff_username_unique unique (username),
    constraint staff_subject_unique unique (subject)
);

-- Facility codes a case worker may work in ('*' = all). A scope on a camp covers its sections.
create table staff_facility_scope (
    staff_id      uuid        not null references staff (id) on delete cascade,
    facility_code varchar(30) not null,
    primary key (staff_id, facility_code)
);

-- ISO 3166-1 alpha-3 nationalities a repatriation officer may see ('*' = all).
create table staff_nationality_scope (
    staff_id uuid       not null references staff (id) on delete cascade,
    country  varchar(3) not null check (country = '*' or country ~ '^[A-Z]{3}$'),
    primary key (staff_id, country)
);
