-- Imports of changes to people already registered (movements, nationality claims, family links)
-- and the family links of a people import: what a row asks of whom, kept like its reading only
-- until the import is committed or discarded.
alter table import_row add column change jsonb;
