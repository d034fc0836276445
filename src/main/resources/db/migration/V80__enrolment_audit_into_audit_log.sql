-- One log, not two (issue 14): the hand-made enrolment changes of enrolment_audit (organisers' additions and
-- removals, coordinators' approvals and rejections) become entries of audit_log, as the enrolment module now writes
-- them: action ENROLMENT_<action>, object the RUN, subject the person and the agency of their enrolment, the
-- enrolment id and the reason in "after" (the old table kept no status). The actor's user and display name are
-- read from their account. Then the old table goes.
insert into audit_log (occurred_at, actor_account_id, actor_username, actor_name, actor_roles, on_behalf_agency_id,
    api_token_id, action, object_type, object_id, subject_account_id, subject_agency_id, before_json, after_json,
    address, user_agent)
select a.created_at, a.actor_account_id, coalesce(actor.username, 'system'), actor.full_name, null, null, null,
       'ENROLMENT_' || a.action, 'RUN', cast(a.run_id as varchar(20)), a.account_id, e.agency_id, null,
       case when a.reason is null then '{"enrolmentId":' || cast(a.enrolment_id as varchar(20)) || '}'
            else '{"enrolmentId":' || cast(a.enrolment_id as varchar(20)) || ',"reason":"'
                || replace(replace(replace(replace(replace(a.reason, '\', '\\'), '"', '\"'), chr(10), '\n'),
                    chr(13), '\r'), chr(9), '\t') || '"}' end,
       null, null
from enrolment_audit a
join enrolment e on e.id = a.enrolment_id
left join account actor on actor.id = a.actor_account_id
order by a.id;

drop table enrolment_audit;
