-- Movements per month and type are counted from the date index alone (docs/adr/011): it carries
-- what the counting reads, so a year of movements narrowed to 400,000 Iraqis is an index-only scan.
drop index movement_date_idx;
create index movement_date_idx on movement (date) include (person_id, type, from_facility_id, to_facility_id);
