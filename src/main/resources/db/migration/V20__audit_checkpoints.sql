-- Signed checkpoints of the audit chain (issue 15): the last seal's position and hash, signed with a
-- key the database does not hold (HOMEWARD_AUDIT_SIGNING_KEY). Each is also written to the log, so a
-- copy lives outside the database: whoever rewrites the whole tail of the chain cannot re-sign it.
create table audit_checkpoint (
    id        bigserial primary key,
    position  bigint      not null references audit_seal (position),
    hash      varchar(64) not null,
    signed_at timestamptz not null,
    signature varchar(64) not null
);

create trigger audit_checkpoint_no_update before update or delete on audit_checkpoint
    for each statement execute function audit_seal_is_append_only();
