-- Who saw whom (issue 15): an event that showed people names them, all of them, in one array, so
-- that a page of 50 rows costs one insert and "every time this person was shown" is one index scan.
alter table audit_event add column shown uuid[];
create index audit_event_shown_idx on audit_event using gin (shown);

-- The seal covers the new column too. concat_ws skips nulls, so an event without it (every event
-- sealed before this migration) hashes exactly as it did.
create or replace function audit_event_hash(previous text, e audit_event) returns text
    language sql immutable as $$
    select encode(sha256(convert_to(concat_ws('|', previous, e.id::text,
        to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), e.actor, e.actor_roles,
        e.action, coalesce(e.entity_type, ''), coalesce(e.entity_id, ''), coalesce(e.details, ''),
        coalesce(e.client_address, ''), e.shown::text), 'UTF8')), 'hex')
$$;
