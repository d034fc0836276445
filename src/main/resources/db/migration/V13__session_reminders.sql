-- One row per reminder actually sent out (a session, an offset before its start, the start it was for), so that a
-- reminder job run twice - after a node died mid-run and the cluster recovered its trigger - enqueues nothing twice.
create table reminder_dispatch (
    dispatch_key   varchar(120) not null primary key,
    dispatched_at  timestamp with time zone not null,
    recipients     integer not null
);
