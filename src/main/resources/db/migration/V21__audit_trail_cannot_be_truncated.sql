-- TRUNCATE fires no row or update/delete trigger: the audit tables refuse it with a trigger of its
-- own, for every role, the schema's owner included (the application's role is not even granted it,
-- afterMigrate.sql; docs/adr/014-two-database-roles.md).
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
create trigger audit_seal_no_truncate before truncate on audit_seal
    for each statement execute function audit_seal_is_append_only();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_seal_is_append_only();
