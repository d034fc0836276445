-- One log, not two (issue 14): the e-mail changes of account_email_audit become entries of audit_log, as the new
-- writers record them: a change through the roster (coordinator's form, import, employees API) is EMPLOYEE_CHANGED
-- of the EMPLOYEE, one on the person's own profile is PROFILE_CHANGED of the ACCOUNT; before/after hold the e-mail.
-- An API token acted as "api-token-<id>". The subject agency is the account's agency now (the old table did not
-- keep it). Then the old table goes.
insert into audit_log (occurred_at, actor_account_id, actor_username, actor_name, actor_roles, on_behalf_agency_id,
    api_token_id, action, object_type, object_id, subject_account_id, subject_agency_id, before_json, after_json,
    address, user_agent)
select e.created_at, e.actor_account_id, e.actor_name, actor.full_name, null,
       case when e.actor_name like 'api-token-%' then subject.agency_id end,
       case when e.actor_name like 'api-token-%' then cast(substring(e.actor_name from 11) as bigint) end,
       case when e.via = 'PROFILE' then 'PROFILE_CHANGED' else 'EMPLOYEE_CHANGED' end,
       case when e.via = 'PROFILE' then 'ACCOUNT' else 'EMPLOYEE' end,
       cast(e.account_id as varchar(20)), e.account_id, subject.agency_id,
       case when e.old_email is null then '{"email":null}'
            else '{"email":"' || replace(replace(e.old_email, '\', '\\'), '"', '\"') || '"}' end,
       case when e.new_email is null then '{"email":null}'
            else '{"email":"' || replace(replace(e.new_email, '\', '\\'), '"', '\"') || '"}' end,
       null, null
from account_email_audit e
join account subject on subject.id = e.account_id
left join account actor on actor.id = e.actor_account_id
order by e.id;

drop table account_email_audit;
