-- Name search across scripts and spellings (docs/adr/009-name-keys.md): each person carries the
-- cross-script keys of every name part and alias, computed in Java (search.NameKeys) on every
-- registration and edit, and searched by trigram word similarity through a GIN index.
create extension if not exists pg_trgm;

alter table person add column name_keys varchar(2000) not null default '';
create index person_name_keys_trgm on person using gin (name_keys gin_trgm_ops);
