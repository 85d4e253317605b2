-- The trail read fast at millions of events (issue 15): every filter of the auditor's list has an
-- index that also gives its order (newest first), and totals are read from a tally the sealer keeps,
-- not counted over millions of rows on every page.

-- Newest first is by time, then id: each filter walks its own index backwards and stops after a page.
drop index audit_event_entity_idx;
create index audit_event_entity_idx on audit_event (entity_type, entity_id, occurred_at, id);
create index audit_event_actor_idx on audit_event (actor, occurred_at, id);
create index audit_event_action_idx on audit_event (action, occurred_at, id);
create index audit_event_time_idx on audit_event (occurred_at, id);

-- Sealed events per UTC day, actor, action and record kind. Kept by the sealer in the pass that seals
-- them, so it counts exactly the sealed events; a total is the tally plus the few events not sealed
-- yet, read in one statement (one snapshot). Not evidence itself: the chain is.
create table audit_tally (
    day         date         not null,
    actor       varchar(100) not null,
    action      varchar(30)  not null,
    entity_type varchar(30)  not null,
    events      bigint       not null,
    primary key (day, actor, action, entity_type)
);

insert into audit_tally (day, actor, action, entity_type, events)
select (e.occurred_at at time zone 'UTC')::date, e.actor, e.action, coalesce(e.entity_type, ''), count(*)
  from audit_event e
 where exists (select 1 from audit_seal s where s.event_id = e.id)
 group by 1, 2, 3, 4;

-- As in V17, and the tally of what the pass sealed (the same events: every transaction below the
-- horizon had ended before the pass began, so both statements see the same ones).
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
        hash := audit_event_hash(previous, event);
        insert into audit_seal (position, event_id, previous_hash, hash, horizon)
        values (last_pos, event.id, previous, hash, horizon);
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

-- The verification recomputes every hash: parallel workers may share that work (it reads nothing
-- but its arguments).
alter function audit_event_hash(text, audit_event) parallel safe;
