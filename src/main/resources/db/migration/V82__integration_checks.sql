-- Integration checks (issue 14): the outcome of the latest real calls to Zoom, kept by the liveclass module for
-- /admin/integrasi and the health contributor "zoom": one row per outside system, written on every call.
create table video_call_outcome (
    system          varchar(20) primary key,
    last_success_at timestamp with time zone,
    last_error_at   timestamp with time zone,
    last_error      varchar(2000)
);
insert into video_call_outcome (system) values ('ZOOM');

-- "Last delivery" of the outbox without reading the whole table.
create index outbox_message_sent_idx on outbox_message (sent_at);
