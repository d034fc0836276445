-- Evidence of a training outside the platform (issue 13): a PDF or image kept by the shared file store
-- (evidence_path = <folder>/<sha256>.<ext>), with the name the user gave it. Optional for entries a coordinator
-- records, required for an employee's own submission (checked by the service).
alter table jp_external_entry add column evidence_path varchar(200);
alter table jp_external_entry add column evidence_name varchar(200);
alter table jp_external_entry add column evidence_size bigint;
-- The coordinator's lists: pending submissions and entries of a year, newest first.
create index jp_external_entry_status_idx on jp_external_entry (status, jp_year);
