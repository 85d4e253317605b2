-- The duplicate queue: pairs of records that may be one person, found by a pass over the whole
-- registry. A pair decided "not the same person" keeps its row, so no later pass shows it again.
create table duplicate_pair (
    id          uuid primary key,
    person_a    uuid         not null references person (id),
    person_b    uuid         not null references person (id),
    score       numeric(4,3) not null,
    reasons     varchar(200) not null,
    found_at    timestamptz  not null,
    decision    varchar(20)  check (decision in ('NOT_SAME')),
    decided_by  varchar(100),
    decided_at  timestamptz,
    constraint duplicate_pair_ordered check (person_a < person_b),
    constraint duplicate_pair_once unique (person_a, person_b)
);
create index duplicate_pair_open_idx on duplicate_pair (found_at desc, score desc) where decision is null;

create table duplicate_scan (
    id          uuid primary key,
    started_by  varchar(100) not null,
    started_at  timestamptz  not null,
    finished_at timestamptz,
    pairs_found integer,
    failure     varchar(500)
);

-- The pass joins people on their name keys: an index makes it a merge of sorted runs.
create index person_name_keys_idx on person (name_keys);
