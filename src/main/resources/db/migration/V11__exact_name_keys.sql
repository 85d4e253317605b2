-- Name search, exact keys first (docs/adr/009-name-keys.md): the same keys as an array, so that
-- "every word of the query is one of the person's name words" is a GIN containment test, answered
-- without computing a similarity for each of the hundred thousand people called Mohammed.
alter table person add column name_key_list text[] not null default '{}';
update person set name_key_list = string_to_array(name_keys, ' ') where name_keys not in ('', '-');
create index person_name_key_list_idx on person using gin (name_key_list);

-- kept by the database from name_keys, whoever writes it (the application, the loader, the backfill)
create function person_name_key_list() returns trigger language plpgsql as $$
begin
    new.name_key_list := case when new.name_keys in ('', '-') then '{}' else string_to_array(new.name_keys, ' ') end;
    return new;
end;
$$;

create trigger person_name_key_list before insert or update of name_keys on person
    for each row execute function person_name_key_list();
