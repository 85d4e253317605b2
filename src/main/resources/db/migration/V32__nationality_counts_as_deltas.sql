-- The counters by nationality (V7's placements, V16's grid and movements) kept as V30 and V31 keep
-- the others: triggers append deltas and the compactor (statistics.CounterCompaction) folds them.
-- Updated in place, every registration, transfer or edit of an Iraqi in Al-Hol held the (IRQ,
-- Al-Hol) row until it committed, so a second one waited for it; and two bulk transfers of several
-- nationalities, one statement per person, locked those rows in opposite orders and deadlocked
-- (409, "send it again"). An append takes no lock anyone waits for. A reader sums totals and the
-- deltas not folded yet in one snapshot.
--
-- As in V31: nothing may change between the counters' count and their triggers (a copy of the
-- previous version writing during a rolling upgrade), nor may a compactor fold meanwhile.
lock table person, person_nationality, movement in share row exclusive mode;
select pg_advisory_xact_lock(hashtext('homeward.placement-counts'));

create table nationality_placement_delta (
    id           bigint generated always as identity primary key,
    country      varchar(3) not null,
    facility_key uuid       not null,
    delta        bigint     not null
);
create index nationality_placement_delta_country_idx on nationality_placement_delta (country);

create table nationality_grid_delta (
    id          bigint generated always as identity primary key,
    country     varchar(3) not null,
    facility_id uuid       not null,
    sex         varchar(1) not null,
    birth_month date,
    delta       bigint     not null
);
create index nationality_grid_delta_country_idx on nationality_grid_delta (country);

create table nationality_movement_delta (
    id        bigint generated always as identity primary key,
    country   varchar(3)  not null,
    date      date        not null,
    type      varchar(30) not null,
    from_key  uuid        not null,
    to_key    uuid        not null,
    delta     bigint      not null
);
create index nationality_movement_delta_country_idx on nationality_movement_delta (country, date);

-- V7 and V16 counted before their triggers existed, without a lock: counted again, now that
-- nothing can slip between.
delete from nationality_placement_count;
insert into nationality_placement_count (country, facility_key, people)
select country, coalesce(current_facility_id, '00000000-0000-0000-0000-000000000000'), count(*)
  from person_nationality
 group by 1, 2;

delete from nationality_grid_count;
insert into nationality_grid_count (country, facility_id, sex, birth_month, people)
select country, current_facility_id, sex, date_trunc('month', date_of_birth)::date, count(*)
  from person_nationality
 where current_facility_id is not null
 group by 1, 2, 3, 4;

delete from nationality_movement_count;
insert into nationality_movement_count (country, date, type, from_key, to_key, movements)
select n.country, m.date, m.type, coalesce(m.from_facility_id, '00000000-0000-0000-0000-000000000000'),
       coalesce(m.to_facility_id, '00000000-0000-0000-0000-000000000000'), count(*)
  from movement m
  join person_nationality n on n.person_id = m.person_id
 group by 1, 2, 3, 4, 5;

-- The same triggers, appending instead of updating. multiple_nationality stays as V7 keeps it: its
-- rows are the changed people's own, which no one else's change touches.
create or replace function nationality_counts_follow() returns trigger language plpgsql as $$
declare
    changes nationality_change[] := '{}';
begin
    if tg_op in ('INSERT', 'UPDATE') then
        changes := changes || array(select (person_id, country, current_facility_id, 1)::nationality_change from added);
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        changes := changes || array(select (person_id, country, current_facility_id, -1)::nationality_change from removed);
    end if;

    insert into nationality_placement_delta (country, facility_key, delta)
    select d.country, coalesce(d.facility_id, '00000000-0000-0000-0000-000000000000'), sum(d.delta)
      from unnest(changes) d
     group by 1, 2
    having sum(d.delta) <> 0;

    if tg_op <> 'UPDATE' then
        delete from multiple_nationality
         where person_id in (select d.person_id from unnest(changes) d);
        insert into multiple_nationality (person_id)
        select n.person_id from person_nationality n
         where n.person_id in (select d.person_id from unnest(changes) d)
         group by n.person_id
        having count(*) > 1;
    end if;
    return null;
end;
$$;

create or replace function nationality_grid_follows() returns trigger language plpgsql as $$
declare
    changes grid_change[] := '{}';
begin
    if tg_op in ('INSERT', 'UPDATE') then
        changes := changes || array(select (country, current_facility_id, sex, date_of_birth, 1)::grid_change
                                      from added where current_facility_id is not null);
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        changes := changes || array(select (country, current_facility_id, sex, date_of_birth, -1)::grid_change
                                      from removed where current_facility_id is not null);
    end if;

    insert into nationality_grid_delta (country, facility_id, sex, birth_month, delta)
    select d.country, d.facility_id, d.sex, date_trunc('month', d.date_of_birth)::date, sum(d.delta)
      from unnest(changes) d
     group by 1, 2, 3, 4
    having sum(d.delta) <> 0;
    return null;
end;
$$;

create or replace function movement_counts_add(deltas movement_count_delta[]) returns void language sql as $$
    insert into nationality_movement_delta (country, date, type, from_key, to_key, delta)
    select d.country, d.date, d.type, coalesce(d.from_facility_id, '00000000-0000-0000-0000-000000000000'),
           coalesce(d.to_facility_id, '00000000-0000-0000-0000-000000000000'), sum(d.delta)
      from unnest(deltas) d
     group by 1, 2, 3, 4, 5
    having sum(d.delta) <> 0;
$$;

-- V31's compaction, folding these three as well.
create or replace function counters_compact(wait boolean) returns integer language plpgsql as $$
declare
    folded_placements integer;
    folded_grid integer;
    folded_movements integer;
    folded_nationality_placements integer;
    folded_nationality_grid integer;
    folded_nationality_movements integer;
begin
    if wait then
        perform pg_advisory_xact_lock(hashtext('homeward.placement-counts'));
    elsif not pg_try_advisory_xact_lock(hashtext('homeward.placement-counts')) then
        return null;
    end if;
    folded_placements := person_placement_counts_compact();
    with moved as (
        delete from person_grid_delta returning facility_id, sex, birth_month, delta
    ), summed as (
        insert into person_grid_count as c (facility_id, sex, birth_month, people)
        select facility_id, sex, birth_month, sum(delta) from moved group by 1, 2, 3
        order by 1, 2, 3
        on conflict (facility_id, sex, birth_month) do update set people = c.people + excluded.people
        returning 1
    )
    select count(*) into folded_grid from moved;
    with moved as (
        delete from movement_day_delta returning date, type, from_key, to_key, delta
    ), summed as (
        insert into movement_day_count as c (date, type, from_key, to_key, movements)
        select date, type, from_key, to_key, sum(delta) from moved group by 1, 2, 3, 4
        order by 1, 2, 3, 4
        on conflict (date, type, from_key, to_key) do update set movements = c.movements + excluded.movements
        returning 1
    )
    select count(*) into folded_movements from moved;
    with moved as (
        delete from nationality_placement_delta returning country, facility_key, delta
    ), summed as (
        insert into nationality_placement_count as c (country, facility_key, people)
        select country, facility_key, sum(delta) from moved group by 1, 2
        order by 1, 2
        on conflict (country, facility_key) do update set people = c.people + excluded.people
        returning 1
    )
    select count(*) into folded_nationality_placements from moved;
    with moved as (
        delete from nationality_grid_delta returning country, facility_id, sex, birth_month, delta
    ), summed as (
        insert into nationality_grid_count as c (country, facility_id, sex, birth_month, people)
        select country, facility_id, sex, birth_month, sum(delta) from moved group by 1, 2, 3, 4
        order by 1, 2, 3, 4
        on conflict (country, facility_id, sex, birth_month) do update set people = c.people + excluded.people
        returning 1
    )
    select count(*) into folded_nationality_grid from moved;
    with moved as (
        delete from nationality_movement_delta returning country, date, type, from_key, to_key, delta
    ), summed as (
        insert into nationality_movement_count as c (country, date, type, from_key, to_key, movements)
        select country, date, type, from_key, to_key, sum(delta) from moved group by 1, 2, 3, 4, 5
        order by 1, 2, 3, 4, 5
        on conflict (country, date, type, from_key, to_key) do update set movements = c.movements + excluded.movements
        returning 1
    )
    select count(*) into folded_nationality_movements from moved;
    -- a key nobody is counted under any more keeps nothing: not even that someone once was
    delete from person_placement_count where people = 0;
    delete from person_grid_count where people = 0;
    delete from movement_day_count where movements = 0;
    delete from nationality_placement_count where people = 0;
    delete from nationality_grid_count where people = 0;
    delete from nationality_movement_count where movements = 0;
    return folded_placements + folded_grid + folded_movements
         + folded_nationality_placements + folded_nationality_grid + folded_nationality_movements;
end;
$$;
