-- The compliance figures sum each employee's counting JP of a year. With jp and voided_at in the index, PostgreSQL
-- answers the per-employee sums from the index alone (an index-only scan), without visiting the table's rows;
-- ComplianceBenchmarks (80,000 employees, 280,000 entries) measures it.
create index jp_ledger_entry_year_account_jp_idx on jp_ledger_entry (jp_year, account_id, voided_at, jp);
