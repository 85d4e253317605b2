-- The audit trail without a lock on the request path (docs/adr/012-audit-sealed-after-commit.md).
-- A request appends its event with one insert, stamped with its transaction id. The hash chain is
-- kept in a table of its own, audit_seal, written afterwards by one sealer in commit order: an event
-- is sealed once every transaction that could still add an earlier one has ended. Both tables are
-- append-only.

-- Events written before this migration were chained under the old lock, in id order: they keep
-- their chain, copied into the seals, and have no transaction id (ordered first).
alter table audit_event add column xact xid8;
alter table audit_event alter column xact set default pg_current_xact_id();

create table audit_seal (
    position      bigint primary key,
    event_id      bigint      not null unique references audit_event (id),
    previous_hash varchar(64) not null,
    hash          varchar(64) not null,
    -- the horizon of the pass that sealed it: every event of a transaction below it is sealed
    horizon       xid8
);

insert into audit_seal (position, event_id, previous_hash, hash)
select row_number() over (order by id), id, previous_hash, hash from audit_event;

alter table audit_event drop column previous_hash;
alter table audit_event drop column hash;

-- Unsealed events, for the sealer (a few at any time).
-- The sealer reads the events of the transactions that ended since its last pass.
create index audit_event_xact_idx on audit_event (xact, id);

create function audit_seal_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_seal is append-only';
end;
$$;

create trigger audit_seal_no_update before update or delete on audit_seal
    for each statement execute function audit_seal_is_append_only();

-- What a seal's hash covers: the previous hash and every field of the event. One definition, used
-- by the sealer and by whoever verifies the chain.
create function audit_event_hash(previous text, e audit_event) returns text
    language sql immutable as $$
    select encode(sha256(convert_to(concat_ws('|', previous, e.id::text,
        to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), e.actor, e.actor_roles,
        e.action, coalesce(e.entity_type, ''), coalesce(e.entity_id, ''), coalesce(e.details, ''),
        coalesce(e.client_address, '')), 'UTF8')), 'hex')
$$;

-- Chains every event whose transaction, and every transaction before it, has ended; answers how
-- many it sealed. Events of transactions that rolled back were never visible and are never sealed.
-- Callers serialise it (the sealer holds an advisory lock); requests never call it.
create function audit_seal_committed() returns integer language plpgsql as $$
declare
    horizon  xid8 := pg_snapshot_xmin(pg_current_snapshot());
    since    xid8;
    last_pos bigint;
    previous text;
    event    audit_event;
    sealed   integer := 0;
begin
    select position, hash, s.horizon into last_pos, previous, since from audit_seal s order by position desc limit 1;
    last_pos := coalesce(last_pos, 0);
    previous := coalesce(previous, repeat('0', 64));
    since := coalesce(since, '0'::xid8);
    for event in
        select e.* from audit_event e
        where e.xact >= since and e.xact < horizon
        order by e.xact, e.id
    loop
        last_pos := last_pos + 1;
        insert into audit_seal (position, event_id, previous_hash, hash, horizon)
        values (last_pos, event.id, previous, audit_event_hash(previous, event), horizon);
        previous := audit_event_hash(previous, event);
        sealed := sealed + 1;
    end loop;
    return sealed;
end;
$$;
