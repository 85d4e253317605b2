-- Statistics narrowed to a nationality read counters the database keeps, as the list totals do
-- (docs/adr/006, docs/adr/011): counting 400,000 Iraqis by facility, sex and age, and a year of
-- their movements, took ~110 ms each; summing their counters takes a few.

-- People placed in a facility, by nationality, sex and month of birth (null: unknown). An age band
-- is a whole number of birth months except the month its boundary falls in: the statistics read
-- those three months from the people themselves (person_nationality_birth_idx), the rest here.
create table nationality_grid_count (
    country     varchar(3) not null,
    facility_id uuid       not null,
    sex         varchar(1) not null,
    birth_month date,
    people      bigint     not null,
    constraint nationality_grid_count_key unique nulls not distinct (country, facility_id, sex, birth_month)
);

insert into nationality_grid_count (country, facility_id, sex, birth_month, people)
select country, current_facility_id, sex, date_trunc('month', date_of_birth)::date, count(*)
  from person_nationality
 where current_facility_id is not null
 group by 1, 2, 3, 4;

-- Movements by the nationality of the person moved, day, type and the two facilities (nil UUID:
-- none), so any period and any facility subtree is a sum of whole rows. A dual national's movement
-- counts under each nationality, as the person does.
create table nationality_movement_count (
    country   varchar(3)  not null,
    date      date        not null,
    type      varchar(30) not null,
    from_key  uuid        not null,
    to_key    uuid        not null,
    movements bigint      not null,
    primary key (country, date, type, from_key, to_key)
);

insert into nationality_movement_count (country, date, type, from_key, to_key, movements)
select n.country, m.date, m.type, coalesce(m.from_facility_id, '00000000-0000-0000-0000-000000000000'),
       coalesce(m.to_facility_id, '00000000-0000-0000-0000-000000000000'), count(*)
  from movement m
  join person_nationality n on n.person_id = m.person_id
 group by 1, 2, 3, 4, 5;

-- The V14 index served the grid narrowed to a nationality; the counters do now, and the boundary
-- months are read by birth date.
drop index person_nationality_grid_idx;
create index person_nationality_birth_idx on person_nationality (country, date_of_birth)
    include (current_facility_id, sex);

-- Statement-level with transition tables, like V7: a COPY is one aggregate, and counter rows are
-- changed in key order so that concurrent changes cannot deadlock on them. A trigger only has the
-- transition tables of its event, so each is read in a branch of its own.
create type grid_change as (country varchar(3), facility_id uuid, sex varchar(1), date_of_birth date, delta int);

create function nationality_grid_follows() returns trigger language plpgsql as $$
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

    insert into nationality_grid_count as c (country, facility_id, sex, birth_month, people)
    select d.country, d.facility_id, d.sex, date_trunc('month', d.date_of_birth)::date, sum(d.delta)
      from unnest(changes) d
     group by 1, 2, 3, 4
    having sum(d.delta) <> 0
     order by 1, 2, 3, 4
        on conflict (country, facility_id, sex, birth_month) do update set people = c.people + excluded.people;
    return null;
end;
$$;

-- The one place the movement counters change, from either side (a movement, or a person's
-- nationality): deltas summed by key, zeros dropped, rows changed in key order.
create type movement_count_delta as (country varchar(3), date date, type varchar(30), from_facility_id uuid,
                                     to_facility_id uuid, delta int);

create function movement_counts_add(deltas movement_count_delta[]) returns void language sql as $$
    insert into nationality_movement_count as c (country, date, type, from_key, to_key, movements)
    select d.country, d.date, d.type, coalesce(d.from_facility_id, '00000000-0000-0000-0000-000000000000'),
           coalesce(d.to_facility_id, '00000000-0000-0000-0000-000000000000'), sum(d.delta)
      from unnest(deltas) d
     group by 1, 2, 3, 4, 5
    having sum(d.delta) <> 0
     order by 1, 2, 3, 4, 5
        on conflict (country, date, type, from_key, to_key) do update set movements = c.movements + excluded.movements;
$$;

-- A person gaining or losing a nationality brings their movements to it or takes them away; a
-- placement or birth date changing on the row changes no pair, and no movement count.
create type nationality_pair_change as (person_id uuid, country varchar(3), delta int);

create function nationality_movements_follow_people() returns trigger language plpgsql as $$
declare
    changes nationality_pair_change[];
begin
    if tg_op = 'INSERT' then
        changes := array(select (person_id, country, 1)::nationality_pair_change from added);
    elsif tg_op = 'DELETE' then
        changes := array(select (person_id, country, -1)::nationality_pair_change from removed);
    else
        changes := array(select (g.person_id, g.country, 1)::nationality_pair_change
                           from (select person_id, country from added except select person_id, country from removed) g)
                || array(select (l.person_id, l.country, -1)::nationality_pair_change
                           from (select person_id, country from removed except select person_id, country from added) l);
    end if;
    if cardinality(changes) = 0 then
        return null;
    end if;

    perform movement_counts_add(array(
        select (d.country, m.date, m.type, m.from_facility_id, m.to_facility_id, d.delta)::movement_count_delta
          from unnest(changes) d
          join movement m on m.person_id = d.person_id));
    return null;
end;
$$;

create type movement_change as (person_id uuid, date date, type varchar(30), from_facility_id uuid,
                                to_facility_id uuid, delta int);

create function nationality_movements_follow_movements() returns trigger language plpgsql as $$
declare
    changes movement_change[] := '{}';
begin
    if tg_op in ('INSERT', 'UPDATE') then
        changes := changes || array(select (person_id, date, type, from_facility_id, to_facility_id, 1)::movement_change
                                      from added);
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        changes := changes || array(select (person_id, date, type, from_facility_id, to_facility_id, -1)::movement_change
                                      from removed);
    end if;

    perform movement_counts_add(array(
        select (n.country, d.date, d.type, d.from_facility_id, d.to_facility_id, d.delta)::movement_count_delta
          from unnest(changes) d
          join person_nationality n on n.person_id = d.person_id));
    return null;
end;
$$;

create trigger nationality_grid_follows_insert after insert on person_nationality
    referencing new table as added
    for each statement execute function nationality_grid_follows();
create trigger nationality_grid_follows_delete after delete on person_nationality
    referencing old table as removed
    for each statement execute function nationality_grid_follows();
create trigger nationality_grid_follows_update after update on person_nationality
    referencing old table as removed new table as added
    for each statement execute function nationality_grid_follows();

create trigger nationality_movements_follow_people_insert after insert on person_nationality
    referencing new table as added
    for each statement execute function nationality_movements_follow_people();
create trigger nationality_movements_follow_people_delete after delete on person_nationality
    referencing old table as removed
    for each statement execute function nationality_movements_follow_people();
create trigger nationality_movements_follow_people_update after update on person_nationality
    referencing old table as removed new table as added
    for each statement execute function nationality_movements_follow_people();

create trigger nationality_movements_follow_movements_insert after insert on movement
    referencing new table as added
    for each statement execute function nationality_movements_follow_movements();
create trigger nationality_movements_follow_movements_delete after delete on movement
    referencing old table as removed
    for each statement execute function nationality_movements_follow_movements();
create trigger nationality_movements_follow_movements_update after update on movement
    referencing old table as removed new table as added
    for each statement execute function nationality_movements_follow_movements();
