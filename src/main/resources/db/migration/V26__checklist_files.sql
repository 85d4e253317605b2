-- Files kept as evidence of a repatriation case's checklist (a signed consent, the best-interests
-- determination, a travel document, the signed handover protocol): a document of the case, of one
-- of its people or (the handover protocol) of the whole case, seen as that checklist entry is.
alter table document add column case_id uuid references repatriation_case (id);
alter table document add column check_item varchar(30);
alter table document alter column person_id drop not null;
alter table document add constraint document_belongs check (
    (case_id is null and check_item is null and person_id is not null)
    or (case_id is not null and check_item is not null));
create index document_case_idx on document (case_id, uploaded_at) where case_id is not null;
