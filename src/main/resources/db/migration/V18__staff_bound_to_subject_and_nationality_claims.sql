-- Staff are bound to their OIDC subject, not to their username (docs/adr/013-one-access-policy.md):
-- a new account given an old username inherits nothing. The old entry stays, marked replaced, so
-- its history keeps its name; only one current entry holds a username.
alter table staff add column replaced_at timestamptz;
-- The roles last seen in the staff member's token: a change is audited when it is first seen.
alter table staff add column roles varchar(200);
alter table staff drop constraint staff_username_unique;
create unique index staff_current_username on staff (username) where replaced_at is null;

-- A nationality a case worker adds to a registered person waits here for a second person's
-- confirmation (an admin, or another case worker of the person's facility) before it joins
-- person_nationality and opens the file to that country's officers. It is shown to those who see
-- the person as "pending confirmation", and counts nowhere.
create table nationality_claim (
    person_id  uuid         not null references person (id) on delete cascade,
    country    varchar(3)   not null check (country ~ '^[A-Z]{3}$'),
    claimed_by varchar(100) not null,
    -- the claimant's login account: the second person must be another account, whatever its name
    claimed_by_subject varchar(255) not null,
    claimed_at timestamptz  not null,
    primary key (person_id, country)
);
