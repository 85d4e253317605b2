-- The statistics page without a nationality filter read from counters, as it already did with one
-- (V16) and as the lists do (V30): under issue 22's load the page "Al-Hol" took 500 ms to count the
-- 640,000 people of the camp by facility, sex and age from an index, and 130 ms to count a year of
-- its 95,000 movements. Both are now sums of a few thousand counter rows.
--
-- Kept as V30 keeps the placement counts: triggers append deltas, never update a shared row (two
-- movements deadlocked on rows updated in place), and the compactor (statistics.CounterCompaction)
-- folds them into the totals every few seconds; a reader sums totals and deltas in one snapshot.
--
-- No change of a person or a movement may fall between the counters' first count and their
-- triggers (a copy of the previous version still running during a rolling upgrade): both tables
-- are locked against writes until this migration commits.
lock table person, movement in share row exclusive mode;
-- and no compactor folds meanwhile (statistics.CounterCompaction's lock)
select pg_advisory_xact_lock(hashtext('homeward.placement-counts'));

-- V30 seeded the placement counts before its triggers existed and without such a lock: a change
-- committed in between would be in neither. Counted again, now that nothing can slip between.
delete from person_placement_delta;
delete from person_placement_count;
insert into person_placement_count (facility_id, status, sex, category, people)
select current_facility_id, status, sex, category, count(*)
  from person
 where current_facility_id is not null
 group by 1, 2, 3, 4;

-- People placed, by facility, sex and month of birth (null: unknown). An age band is whole birth
-- months but for the month its boundary falls in, which the statistics read from the people
-- themselves (person_held_birth_idx, below), as V16 does for a nationality.
create table person_grid_count (
    facility_id uuid       not null,
    sex         varchar(1) not null,
    birth_month date,
    people      bigint     not null,
    constraint person_grid_count_key unique nulls not distinct (facility_id, sex, birth_month)
);

create table person_grid_delta (
    id          bigint generated always as identity primary key,
    facility_id uuid       not null,
    sex         varchar(1) not null,
    birth_month date,
    delta       bigint     not null
);
create index person_grid_delta_facility_idx on person_grid_delta (facility_id);

insert into person_grid_count (facility_id, sex, birth_month, people)
select current_facility_id, sex, date_trunc('month', date_of_birth)::date, count(*)
  from person
 where current_facility_id is not null
 group by 1, 2, 3;

create type person_grid_change as (facility_id uuid, sex varchar(1), birth_month date, delta int);

create function person_grid_counts_follow() returns trigger language plpgsql as $$
declare
    changes person_grid_change[] := '{}';
begin
    if tg_op in ('INSERT', 'UPDATE') then
        changes := changes || array(select (current_facility_id, sex, date_trunc('month', date_of_birth)::date, 1)::person_grid_change
                                      from added where current_facility_id is not null);
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        changes := changes || array(select (current_facility_id, sex, date_trunc('month', date_of_birth)::date, -1)::person_grid_change
                                      from removed where current_facility_id is not null);
    end if;
    insert into person_grid_delta (facility_id, sex, birth_month, delta)
    select d.facility_id, d.sex, d.birth_month, sum(d.delta)
      from unnest(changes) d
     group by 1, 2, 3
    having sum(d.delta) <> 0;
    return null;
end;
$$;

create trigger person_grid_counts_follow_insert after insert on person
    referencing new table as added
    for each statement execute function person_grid_counts_follow();
create trigger person_grid_counts_follow_delete after delete on person
    referencing old table as removed
    for each statement execute function person_grid_counts_follow();
create trigger person_grid_counts_follow_update after update on person
    referencing old table as removed new table as added
    for each statement execute function person_grid_counts_follow();

-- Movements by day, type and the two facilities (nil UUID: none), as V16 counts them for each
-- nationality: any period and any facility subtree is a sum of whole rows.
create table movement_day_count (
    date      date        not null,
    type      varchar(30) not null,
    from_key  uuid        not null,
    to_key    uuid        not null,
    movements bigint      not null,
    primary key (date, type, from_key, to_key)
);

create table movement_day_delta (
    id        bigint generated always as identity primary key,
    date      date        not null,
    type      varchar(30) not null,
    from_key  uuid        not null,
    to_key    uuid        not null,
    delta     bigint      not null
);
create index movement_day_delta_date_idx on movement_day_delta (date);

insert into movement_day_count (date, type, from_key, to_key, movements)
select date, type, coalesce(from_facility_id, '00000000-0000-0000-0000-000000000000'),
       coalesce(to_facility_id, '00000000-0000-0000-0000-000000000000'), count(*)
  from movement
 group by 1, 2, 3, 4;

create type movement_day_change as (date date, type varchar(30), from_key uuid, to_key uuid, delta int);

create function movement_day_counts_follow() returns trigger language plpgsql as $$
declare
    changes movement_day_change[] := '{}';
begin
    if tg_op in ('INSERT', 'UPDATE') then
        changes := changes || array(select (date, type, coalesce(from_facility_id, '00000000-0000-0000-0000-000000000000'),
                                            coalesce(to_facility_id, '00000000-0000-0000-0000-000000000000'), 1)::movement_day_change
                                      from added);
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        changes := changes || array(select (date, type, coalesce(from_facility_id, '00000000-0000-0000-0000-000000000000'),
                                            coalesce(to_facility_id, '00000000-0000-0000-0000-000000000000'), -1)::movement_day_change
                                      from removed);
    end if;
    insert into movement_day_delta (date, type, from_key, to_key, delta)
    select d.date, d.type, d.from_key, d.to_key, sum(d.delta)
      from unnest(changes) d
     group by 1, 2, 3, 4
    having sum(d.delta) <> 0;
    return null;
end;
$$;

create trigger movement_day_counts_follow_insert after insert on movement
    referencing new table as added
    for each statement execute function movement_day_counts_follow();
create trigger movement_day_counts_follow_delete after delete on movement
    referencing old table as removed
    for each statement execute function movement_day_counts_follow();
create trigger movement_day_counts_follow_update after update on movement
    referencing old table as removed new table as added
    for each statement execute function movement_day_counts_follow();

-- Folds the committed deltas of every counter kept this way (V30's placement counts, and these)
-- into their totals; answers how many deltas it folded, or null when another caller is folding and
-- wait is false (the scheduled compactor skips its turn; a bulk load waits). One caller at a
-- time, under the lock V30's compactor took, so that a copy of that version takes turns too.
create function counters_compact(wait boolean) returns integer language plpgsql as $$
declare
    folded_placements integer;
    folded_grid integer;
    folded_movements integer;
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
    -- a key nobody is counted under any more keeps nothing: not even that someone once was
    delete from person_placement_count where people = 0;
    delete from person_grid_count where people = 0;
    delete from movement_day_count where movements = 0;
    return folded_placements + folded_grid + folded_movements;
end;
$$;

-- The people born in the three boundary months, by birth date, facility and sex, from the index alone.
create index person_held_birth_idx on person (date_of_birth) include (current_facility_id, sex)
    where merged_into is null and current_facility_id is not null;
