-- Merging two records of one person (docs/adr/010-merging-records.md). The merged record stays as
-- a tombstone pointing to the survivor: its id and registration number keep answering, and an
-- admin can undo the merge from what the merge row remembers.
alter table person add column merged_into uuid references person (id);
create index person_merged_into_idx on person (merged_into) where merged_into is not null;

create table person_merge (
    id           uuid primary key,
    survivor_id  uuid         not null references person (id),
    merged_id    uuid         not null references person (id),
    pair_id      uuid references duplicate_pair (id),
    -- what each record was, which values were taken, and which rows moved: what unmerging undoes
    snapshot     jsonb        not null,
    merged_by    varchar(100) not null,
    merged_at    timestamptz  not null,
    unmerged_by  varchar(100),
    unmerged_at  timestamptz,
    unmerge_reason varchar(2000),
    constraint person_merge_two_records check (survivor_id <> merged_id),
    constraint person_merge_undo_complete check ((unmerged_at is null) = (unmerged_by is null))
);
create unique index person_merge_in_force on person_merge (merged_id) where unmerged_at is null;
create index person_merge_survivor_idx on person_merge (survivor_id, merged_at desc);

alter table duplicate_pair drop constraint duplicate_pair_decision_check;
alter table duplicate_pair add constraint duplicate_pair_decision_check check (decision in ('NOT_SAME', 'MERGED'));
