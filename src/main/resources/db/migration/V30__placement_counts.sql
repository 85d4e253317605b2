-- How many people are placed in each facility, by status, sex and category, kept by the database on
-- every change of a person row (docs/adr/006, amendment for V30). A case worker's list "women in
-- Al-Hol, in the camp" reads its exact total here instead of counting 150,000 rows on every page
-- (issue 22's load: that count was the slowest part of the list). Only placed people are counted.
--
-- Changes are appended as deltas, never applied to a shared row: a person's row is updated in
-- several statements of one transaction (a registration, a movement), and counters updated in place
-- deadlocked two movements under load. Appending takes no lock another writer waits for; one
-- compactor (people.PlacementCounts, every few seconds, one copy at a time) folds the deltas into
-- the totals in one transaction, so a reader's snapshot sees every change once, in one table or the
-- other.
create table person_placement_count (
    facility_id uuid        not null,
    status      varchar(30) not null,
    sex         varchar(1)  not null,
    category    varchar(20) not null,
    people      bigint      not null,
    primary key (facility_id, status, sex, category)
);

create table person_placement_delta (
    id          bigint generated always as identity primary key,
    facility_id uuid        not null,
    status      varchar(30) not null,
    sex         varchar(1)  not null,
    category    varchar(20) not null,
    delta       bigint      not null
);
create index person_placement_delta_key_idx on person_placement_delta (facility_id, status, sex, category);

insert into person_placement_count (facility_id, status, sex, category, people)
select current_facility_id, status, sex, category, count(*)
  from person
 where current_facility_id is not null
 group by 1, 2, 3, 4;

create type placement_change as (facility_id uuid, status varchar(30), sex varchar(1), category varchar(20), delta int);

-- Statement-level, with the changed rows as tables: a COPY is one aggregate; an edit that changes
-- none of the four columns nets to zero and writes nothing.
create function person_placement_counts_follow() returns trigger language plpgsql as $$
declare
    changes placement_change[] := '{}';
begin
    if tg_op in ('INSERT', 'UPDATE') then
        changes := changes || array(select (current_facility_id, status, sex, category, 1)::placement_change
                                      from added where current_facility_id is not null);
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        changes := changes || array(select (current_facility_id, status, sex, category, -1)::placement_change
                                      from removed where current_facility_id is not null);
    end if;
    insert into person_placement_delta (facility_id, status, sex, category, delta)
    select d.facility_id, d.status, d.sex, d.category, sum(d.delta)
      from unnest(changes) d
     group by 1, 2, 3, 4
    having sum(d.delta) <> 0;
    return null;
end;
$$;

create trigger person_placement_counts_follow_insert after insert on person
    referencing new table as added
    for each statement execute function person_placement_counts_follow();
create trigger person_placement_counts_follow_delete after delete on person
    referencing old table as removed
    for each statement execute function person_placement_counts_follow();
create trigger person_placement_counts_follow_update after update on person
    referencing old table as removed new table as added
    for each statement execute function person_placement_counts_follow();

-- Folds the committed deltas into the totals; answers how many it folded. One caller at a time
-- (the compactor holds an advisory lock); requests never call it.
create function person_placement_counts_compact() returns integer language plpgsql as $$
declare
    folded integer;
begin
    with moved as (
        delete from person_placement_delta returning facility_id, status, sex, category, delta
    ), summed as (
        insert into person_placement_count as c (facility_id, status, sex, category, people)
        select facility_id, status, sex, category, sum(delta) from moved group by 1, 2, 3, 4
        order by 1, 2, 3, 4
        on conflict (facility_id, status, sex, category) do update set people = c.people + excluded.people
        returning 1
    )
    select count(*) into folded from moved;
    return folded;
end;
$$;
