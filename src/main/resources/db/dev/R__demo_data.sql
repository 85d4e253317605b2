-- Synthetic demo data for ./mvnw quarkus:dev only (never in production or tests).
-- Facilities modelled on the kind of sites Homeward serves; people come with the person registry.
insert into facility (id, code, name, name_ar, type, governorate, parent_id, capacity, active) values
  ('00000000-0000-4000-8000-000000000001', 'HOL',         'Al-Hol camp',                 'مخيم الهول',              'CAMP',                  'Al-Hasakah', null, 60000, true),
  ('00000000-0000-4000-8000-000000000002', 'HOL-ANNEX',   'Al-Hol camp, annex',           'مخيم الهول، الملحق',        'CAMP_SECTION',          'Al-Hasakah', '00000000-0000-4000-8000-000000000001', 8000, true),
  ('00000000-0000-4000-8000-000000000003', 'HOL-PH5',     'Al-Hol camp, phase 5',         'مخيم الهول، القطاع الخامس', 'CAMP_SECTION',          'Al-Hasakah', '00000000-0000-4000-8000-000000000001', 9000, true),
  ('00000000-0000-4000-8000-000000000004', 'ROJ',         'Roj camp',                    'مخيم روج',                'CAMP',                  'Al-Hasakah', null, 3000, true),
  ('00000000-0000-4000-8000-000000000005', 'HSK-DC',      'Al-Hasakah detention centre', 'مركز احتجاز الحسكة',       'DETENTION_CENTRE',      'Al-Hasakah', null, 5000, true),
  ('00000000-0000-4000-8000-000000000006', 'HOURI-RC',    'Houri rehabilitation centre', 'مركز حوري لإعادة التأهيل',  'REHABILITATION_CENTRE', 'Al-Hasakah', null, 150, true),
  ('00000000-0000-4000-8000-000000000007', 'QAM-HOSP',    'Qamishli national hospital',  'مشفى القامشلي الوطني',     'HOSPITAL',              'Al-Hasakah', null, 300, true),
  ('00000000-0000-4000-8000-000000000008', 'RAQ-DC',      'Raqqa detention centre',      'مركز احتجاز الرقة',        'DETENTION_CENTRE',      'Ar-Raqqah',  null, 1200, false)
on conflict (id) do nothing;

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
