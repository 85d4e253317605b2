-- Append-only audit trail. Each event carries the hash of the one before it, so a row changed or
-- removed afterwards breaks the chain where it happened.
create table audit_event (
    id             bigserial primary key,
    occurred_at    timestamptz  not null default now(),
    actor          varchar(100) not null,
    actor_roles    varchar(200) not null,
    action         varchar(30)  not null,
    entity_type    varchar(30),
    entity_id      varchar(60),
    details        text,
    client_address varchar(100),
    previous_hash  varchar(64)  not null,
    hash           varchar(64)  not null
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;

create trigger audit_event_no_update before update or delete on audit_event
    for each statement execute function audit_event_is_append_only();
