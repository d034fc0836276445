-- The employees API's synchronisation (GET /api/v1/employees?updatedSince=...): accounts of an agency's units
-- changed since a moment. Every change of an account's data already sets updated_at.
create index account_agency_updated_idx on account (agency_id, updated_at);
