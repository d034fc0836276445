-- One log, not three (issue 14): completions marked and revoked by hand (learning_completion_audit) and the
-- certificates' trail (certificate_audit: issued, reissued, superseded, revoked) become entries of audit_log, as
-- the learning and certificate modules now write them. Completions: object the RUN, subject the participant and
-- their agency now, the completion and reason in "after" (a revocation's "before" was COMPLETED). Certificates:
-- object the CERTIFICATE, subject its holder and the agency on the certificate, its number (and the status a
-- revocation or reissue left, and the reason) in "after". Actors are read from their accounts; none is "system".
-- Then the old tables go.
insert into audit_log (occurred_at, actor_account_id, actor_username, actor_name, actor_roles, on_behalf_agency_id,
    api_token_id, action, object_type, object_id, subject_account_id, subject_agency_id, before_json, after_json,
    address, user_agent)
select a.created_at, a.actor_account_id, coalesce(actor.username, 'system'), actor.full_name, null, null, null,
       'COMPLETION_' || a.action, 'RUN', cast(a.run_id as varchar(20)), a.account_id, holder.agency_id,
       case when a.action = 'REVOKED' then '{"completion":"COMPLETED"}' end,
       '{"completion":"' || case when a.action = 'REVOKED' then 'REVOKED' else 'COMPLETED' end || '","reason":"'
           || replace(replace(replace(replace(replace(a.reason, '\', '\\'), '"', '\"'), chr(10), '\n'),
               chr(13), '\r'), chr(9), '\t') || '"}',
       null, null
from learning_completion_audit a
left join account holder on holder.id = a.account_id
left join account actor on actor.id = a.actor_account_id
order by a.id;

insert into audit_log (occurred_at, actor_account_id, actor_username, actor_name, actor_roles, on_behalf_agency_id,
    api_token_id, action, object_type, object_id, subject_account_id, subject_agency_id, before_json, after_json,
    address, user_agent)
select a.at, a.actor_id, coalesce(actor.username, 'system'), actor.full_name, null, null, null,
       'CERTIFICATE_' || a.action, 'CERTIFICATE', cast(a.certificate_id as varchar(20)), c.account_id,
       c.holder_agency_id, null,
       '{"number":"' || replace(replace(c.number, '\', '\\'), '"', '\"') || '"'
           || case when a.action in ('REVOKED', 'SUPERSEDED') then ',"status":"' || a.action || '"' else '' end
           || case when a.reason is null then ''
                   else ',"reason":"' || replace(replace(replace(replace(replace(a.reason, '\', '\\'), '"', '\"'),
                       chr(10), '\n'), chr(13), '\r'), chr(9), '\t') || '"' end
           || '}',
       null, null
from certificate_audit a
join certificate c on c.id = a.certificate_id
left join account actor on actor.id = a.actor_id
order by a.id;

drop table learning_completion_audit;
drop table certificate_audit;
