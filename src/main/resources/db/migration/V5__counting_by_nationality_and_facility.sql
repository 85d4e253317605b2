-- Lists filtered by nationality (and facility) must show an exact total without scanning the
-- registry: each nationality row carries a copy of the person's current facility, so the total is
-- an index-only count. The copy is kept in step by the database itself, whoever moves the person.
alter table person_nationality add column current_facility_id uuid;

update person_nationality n
   set current_facility_id = p.current_facility_id
  from person p
 where p.id = n.person_id;

create index person_nationality_count_idx on person_nationality (country, current_facility_id, person_id);

create function person_nationality_takes_placement() returns trigger language plpgsql as $$
begin
    if new.current_facility_id is null then
        select current_facility_id into new.current_facility_id from person where id = new.person_id;
    end if;
    return new;
end;
$$;

create trigger person_nationality_placement before insert on person_nationality
    for each row execute function person_nationality_takes_placement();

create function person_placement_to_nationalities() returns trigger language plpgsql as $$
begin
    update person_nationality set current_facility_id = new.current_facility_id where person_id = new.id;
    return null;
end;
$$;

create trigger person_placement_copied after update of current_facility_id on person
    for each row when (old.current_facility_id is distinct from new.current_facility_id)
    execute function person_placement_to_nationalities();
