-- What the application's role may do, granted after every migration by the schema's owner, so that
-- a table a later migration adds is covered without anyone remembering to (docs/adr/014-two-database-roles.md).
-- The application reads and writes the records, and only appends to the audit trail: UPDATE,
-- DELETE and TRUNCATE of the audit tables are refused to it by the database itself.
-- Copies of the application starting together all run this after Flyway's lock is let go: they
-- take turns (a lock held to the end of this transaction), or their grants collide on the same
-- catalogue rows ("tuple concurrently updated") and a copy fails to start (FaultDrillsIT).
select pg_advisory_xact_lock(hashtext('homeward.afterMigrate'));

do $$
declare
    app    text := '${app_role}';
    here   text := current_schema();
    audit  text := 'audit_event, audit_seal, audit_checkpoint';
begin
    if app = current_user then
        -- One role for both: the owner may do anything to its tables, so the trail is protected
        -- only by its triggers. The application warns of it at start (audit.AppendOnlyCheck).
        raise warning 'Homeward migrates and runs as one database role (%): the audit trail is not append-only for it', app;
        return;
    end if;
    execute format('grant usage on schema %I to %I', here, app);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', here, app);
    execute format('grant usage, select, update on all sequences in schema %I to %I', here, app);
    if current_setting('server_version_num')::int >= 170000 then
        -- VACUUM and ANALYZE after a bulk load (population.PopulationLoader)
        execute format('grant maintain on all tables in schema %I to %I', here, app);
        execute format('revoke maintain on %s from %I', audit, app);
    end if;
    execute format('revoke update, delete, truncate, references, trigger on %s from %I', audit, app);
    execute format('revoke update on audit_event_id_seq, audit_checkpoint_id_seq from %I', app);
    execute format('revoke insert, update, delete, truncate on %I from %I', '${flyway:table}', app);
end
$$;
