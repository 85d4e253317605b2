-- How many people of each nationality are placed in each facility, kept by the database itself on
-- every change of a nationality row (and so of a placement: V5 copies it onto those rows). A list
-- of "Iraqis in al-Hol" reads its exact total here instead of counting 300,000 index entries
-- (docs/adr/006-population-counters.md). The nil UUID stands for "not placed anywhere".
create table nationality_placement_count (
    country      varchar(3) not null,
    facility_key uuid       not null,
    people       bigint     not null,
    primary key (country, facility_key)
);

insert into nationality_placement_count (country, facility_key, people)
select country, coalesce(current_facility_id, '00000000-0000-0000-0000-000000000000'), count(*)
  from person_nationality
 group by 1, 2;

-- People holding more than one nationality: few, but an officer of two countries must count a
-- French-Moroccan once, so totals over several nationalities take off their extra rows.
create table multiple_nationality (
    person_id uuid primary key references person (id) on delete cascade
);

insert into multiple_nationality (person_id)
select person_id from person_nationality group by person_id having count(*) > 1;

create type nationality_change as (person_id uuid, country varchar(3), facility_id uuid, delta int);

-- Statement-level, with the changed rows as tables: a COPY of a million rows is one aggregate,
-- and counters are locked in one order, so concurrent movements cannot deadlock on them.
create function nationality_counts_follow() returns trigger language plpgsql as $$
declare
    changes nationality_change[] := '{}';
begin
    if tg_op in ('INSERT', 'UPDATE') then
        changes := changes || array(select (person_id, country, current_facility_id, 1)::nationality_change from added);
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        changes := changes || array(select (person_id, country, current_facility_id, -1)::nationality_change from removed);
    end if;

    insert into nationality_placement_count as c (country, facility_key, people)
    select d.country, coalesce(d.facility_id, '00000000-0000-0000-0000-000000000000'), sum(d.delta)
      from unnest(changes) d
     group by 1, 2
    having sum(d.delta) <> 0
     order by 1, 2
        on conflict (country, facility_key) do update set people = c.people + excluded.people;

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

create trigger nationality_counts_follow_insert after insert on person_nationality
    referencing new table as added
    for each statement execute function nationality_counts_follow();
create trigger nationality_counts_follow_delete after delete on person_nationality
    referencing old table as removed
    for each statement execute function nationality_counts_follow();
create trigger nationality_counts_follow_update after update on person_nationality
    referencing old table as removed new table as added
    for each statement execute function nationality_counts_follow();
