-- Statistics narrowed to one nationality (docs/adr/011-statistics-and-exports.md): each
-- nationality row carries a copy of its person's sex and date of birth, as it already carries the
-- current facility (V5), so "Iraqis by facility, sex and age" is read from one index on
-- person_nationality instead of joining 400,000 people. Kept in step by the database itself.
alter table person_nationality add column sex varchar(1), add column date_of_birth date;

update person_nationality n
   set sex = p.sex, date_of_birth = p.date_of_birth
  from person p
 where p.id = n.person_id;

create or replace function person_nationality_takes_placement() returns trigger language plpgsql as $$
begin
    if new.current_facility_id is null or new.sex is null then
        select coalesce(new.current_facility_id, p.current_facility_id), p.sex, p.date_of_birth
          into new.current_facility_id, new.sex, new.date_of_birth
          from person p where p.id = new.person_id;
    end if;
    return new;
end;
$$;

create function person_birth_and_sex_to_nationalities() returns trigger language plpgsql as $$
begin
    update person_nationality set sex = new.sex, date_of_birth = new.date_of_birth where person_id = new.id;
    return null;
end;
$$;

create trigger person_birth_and_sex_copied after update of sex, date_of_birth on person
    for each row when (old.sex is distinct from new.sex or old.date_of_birth is distinct from new.date_of_birth)
    execute function person_birth_and_sex_to_nationalities();

create index person_nationality_grid_idx on person_nationality (country, current_facility_id, sex, date_of_birth);
