-- Demo data for ./mvnw quarkus:dev only (never in production or tests).
-- The facilities and about 2,000 synthetic people are loaded at start-up by
-- org.homeward.population.DemoPopulation (the same generator the benchmarks use).

-- Demo staff (the dev login users) with sensible scopes; subject and name are filled in at first login.
insert into staff (id, username, display_name) values
  ('00000000-0000-4000-9000-000000000001', 'cora',    'Cora (case worker)'),
  ('00000000-0000-4000-9000-000000000002', 'olivier', 'Olivier (repatriation officer)'),
  ('00000000-0000-4000-9000-000000000003', 'ada',     'Ada (admin)'),
  ('00000000-0000-4000-9000-000000000004', 'audrey',  'Audrey (auditor)'),
  ('00000000-0000-4000-9000-000000000005', 'anna',    'Anna (analyst)')
on conflict (id) do nothing;

-- Cora works in Al-Hol (its annex and phases included) and in the Houri centre.
insert into staff_facility_scope (staff_id, facility_code) values
  ('00000000-0000-4000-9000-000000000001', 'HOL'),
  ('00000000-0000-4000-9000-000000000001', 'HOURI-RC')
on conflict do nothing;

-- Olivier handles French and Belgian nationals.
insert into staff_nationality_scope (staff_id, country) values
  ('00000000-0000-4000-9000-000000000002', 'FRA'),
  ('00000000-0000-4000-9000-000000000002', 'BEL')
on conflict do nothing;
