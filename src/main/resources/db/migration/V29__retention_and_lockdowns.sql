-- Data lifecycle (issue 23; docs/adr/023-retention-anonymization-and-lockdowns.md): retention rules
-- per category, runs that anonymize the people whose time is up, audit details redacted with the
-- chain still verifiable, and emergency lock-downs.

-- How long a person's identity is kept after their last movement, per category of people gone.
create table retention_rule (
    category   varchar(20)  primary key check (category in ('REPATRIATED', 'RELEASED', 'DECEASED')),
    months     integer      not null check (months between 1 and 1200),
    version    bigint       not null default 0,
    updated_by varchar(100),
    updated_at timestamptz
);
insert into retention_rule (category, months) values ('REPATRIATED', 24), ('RELEASED', 24), ('DECEASED', 24);

-- Every run, previewed or executed, and what it found or did.
create table retention_run (
    id            uuid primary key,
    dry_run       boolean       not null,
    reason        varchar(2000),
    started_by    varchar(100)  not null,
    started_at    timestamptz   not null,
    finished_at   timestamptz,
    persons       integer       not null default 0,
    files         integer       not null default 0,
    audit_details integer       not null default 0,
    on_hold       integer       not null default 0,
    -- per category: {"REPATRIATED": {"persons": n, "files": m, "auditDetails": k}, ...}
    by_category   jsonb         not null default '{}',
    constraint retention_run_reasoned check (dry_run or reason is not null)
);
create index retention_run_started_idx on retention_run (started_at desc);

-- An anonymized person keeps no name: the rule "has a name" holds for the others.
alter table person add column anonymized_at timestamptz;
alter table person add column anonymized_by_run uuid references retention_run (id);
alter table person drop constraint person_has_a_name;
alter table person add constraint person_has_a_name
    check (anonymized_at is not null or coalesce(given_name, given_name_ar) is not null);
-- the people a run looks at: gone (not placed), not anonymized yet
create index person_gone_idx on person (status) where current_facility_id is null and anonymized_at is null
    and merged_into is null;

-- The audit trail, redactable with its chain intact. From now on a seal covers the SHA-256 of an
-- event's details (kept beside them, written on insert) instead of the details themselves, so the
-- details can be replaced by a redacted form and the seal still checks. Seals made before (formula
-- 1) covered the text itself: those events are never redacted (the run counts them as kept).
alter table audit_event add column details_digest text;
create function audit_event_digest() returns trigger language plpgsql as $$
begin
    new.details_digest := encode(sha256(convert_to(coalesce(new.details, ''), 'UTF8')), 'hex');
    return new;
end;
$$;
create trigger audit_event_digest before insert on audit_event
    for each row execute function audit_event_digest();

alter table audit_seal add column formula smallint not null default 1;
alter table audit_seal alter column formula set default 2;

create function audit_event_hash2(previous text, e audit_event) returns text
    language sql immutable parallel safe as $$
    select encode(sha256(convert_to(concat_ws('|', previous, e.id::text,
        to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), e.actor, e.actor_roles,
        e.action, coalesce(e.entity_type, ''), coalesce(e.entity_id, ''),
        coalesce(e.details_digest, encode(sha256(convert_to(coalesce(e.details, ''), 'UTF8')), 'hex')),
        coalesce(e.client_address, ''), e.shown::text), 'UTF8')), 'hex')
$$;

-- As in V22, sealing by the second formula.
create or replace function audit_seal_committed() returns integer language plpgsql as $$
declare
    horizon  xid8 := pg_snapshot_xmin(pg_current_snapshot());
    since    xid8;
    last_pos bigint;
    previous text;
    hash     text;
    event    audit_event;
    sealed   integer := 0;
begin
    select s.position, s.hash, s.horizon into last_pos, previous, since from audit_seal s order by s.position desc limit 1;
    last_pos := coalesce(last_pos, 0);
    previous := coalesce(previous, repeat('0', 64));
    since := coalesce(since, '0'::xid8);
    for event in
        select e.* from audit_event e
        where e.xact >= since and e.xact < horizon
        order by e.xact, e.id
    loop
        last_pos := last_pos + 1;
        hash := audit_event_hash2(previous, event);
        insert into audit_seal (position, event_id, previous_hash, hash, horizon, formula)
        values (last_pos, event.id, previous, hash, horizon, 2);
        previous := hash;
        sealed := sealed + 1;
    end loop;
    if sealed > 0 then
        insert into audit_tally (day, actor, action, entity_type, events)
        select (e.occurred_at at time zone 'UTC')::date, e.actor, e.action, coalesce(e.entity_type, ''), count(*)
          from audit_event e
         where e.xact >= since and e.xact < horizon
         group by 1, 2, 3, 4
        on conflict (day, actor, action, entity_type) do update set events = audit_tally.events + excluded.events;
    end if;
    return sealed;
end;
$$;

-- Which events were redacted, by which run, and the digest of the redacted form: the verification
-- accepts details that differ from their sealed digest only when they are this redacted form.
create table audit_redaction (
    event_id        bigint      primary key references audit_event (id),
    run_id          uuid        not null references retention_run (id),
    redacted_digest text        not null,
    redacted_at     timestamptz not null default now()
);
create trigger audit_redaction_no_update before update or delete on audit_redaction
    for each statement execute function audit_seal_is_append_only();
create trigger audit_redaction_no_truncate before truncate on audit_redaction
    for each statement execute function audit_seal_is_append_only();

-- The one way an event's details change: replaced by their redacted form, recorded above. Runs as
-- the schema's owner (the application's role may not update the trail); events sealed by the first
-- formula, or not sealed yet, are refused (their seal would not check, or would seal the redaction).
create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('homeward.audit_redaction', true) = 'on' then
        return null;
    end if;
    raise exception 'audit_event is append-only';
end;
$$;

create function audit_redact(run uuid, events bigint[], redacted text[]) returns integer
    language plpgsql security definer set search_path from current as $$
declare
    changed integer;
begin
    if exists (select 1 from unnest(events) as u(id)
                where not exists (select 1 from audit_seal s join audit_event e on e.id = s.event_id
                                   where s.event_id = u.id and s.formula = 2 and e.details_digest is not null)) then
        raise exception 'only events sealed by the second formula are redacted';
    end if;
    perform set_config('homeward.audit_redaction', 'on', true);
    update audit_event e set details = r.details
      from unnest(events, redacted) as r(id, details)
     where e.id = r.id;
    get diagnostics changed = row_count;
    perform set_config('homeward.audit_redaction', 'off', true);
    insert into audit_redaction (event_id, run_id, redacted_digest)
    select r.id, run, encode(sha256(convert_to(coalesce(r.details, ''), 'UTF8')), 'hex')
      from unnest(events, redacted) as r(id, details)
    on conflict (event_id) do nothing;
    return changed;
end;
$$;

-- Emergency lock-downs: of one facility (and the sections under it) or, without one, of the whole
-- deployment. Asked by one admin, in force once a second confirms; lifted the same way.
create table lockdown (
    id                uuid primary key,
    facility_id       uuid references facility (id),
    reason            varchar(2000) not null,
    destroy_files     boolean       not null default false,
    requested_by      varchar(100)  not null,
    requested_at      timestamptz   not null,
    confirmed_by      varchar(100),
    confirmed_at      timestamptz,
    lift_requested_by varchar(100),
    lift_requested_at timestamptz,
    lifted_by         varchar(100),
    lifted_at         timestamptz,
    files_destroyed   integer,
    version           bigint        not null default 0,
    constraint lockdown_two_admins check (confirmed_by is null or confirmed_by <> requested_by),
    -- one admin withdraws a lock-down never confirmed; one in force takes two to lift
    constraint lockdown_lifted_by_two check (lifted_by is null or confirmed_by is null or lifted_by <> lift_requested_by)
);
-- at most one lock-down asked or in force per facility (and one of the whole deployment)
create unique index lockdown_one_per_place on lockdown (coalesce(facility_id, '00000000-0000-0000-0000-000000000000'))
    where lifted_at is null;

-- A document whose files were destroyed (anonymized or shredded in a lock-down): its row stays, so
-- the record still says a file was there, and when it went.
alter table document add column files_destroyed_at timestamptz;
