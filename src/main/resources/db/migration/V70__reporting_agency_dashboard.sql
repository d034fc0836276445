-- The agency dashboard's lists (issue 13): each employee's JP of a year is summed from their ledger rows, read by
-- account and year with the JP and the void mark in the index, so the sum is read from the index alone.
create index jp_ledger_entry_account_year_idx on jp_ledger_entry (account_id, jp_year, voided_at, jp);
