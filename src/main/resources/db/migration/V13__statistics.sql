-- Statistics (docs/adr/011-statistics.md): the population grid (facility × sex × age) is counted
-- from this index alone, without reading the people; movements and repatriations are counted
-- over a period.
create index person_held_grid_idx on person (current_facility_id, sex, date_of_birth)
    where merged_into is null and current_facility_id is not null;
create index movement_date_idx on movement (date);
create index movement_repatriation_date_idx on movement (date) where type = 'REPATRIATION';
