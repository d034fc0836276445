-- Events after commit (issue 9): the event publication registry (Spring Modulith 2.1's JDBC store, V2 structure)
-- and the receipts that make listeners idempotent.

-- A cohort nomination's event names every nominee; a few hundred of them exceed 20,000 characters.
alter table event_publication alter column serialized_event set data type varchar;
create index event_publication_status_idx on event_publication (status);

-- One row per event a listener has acted on (listener, the event's own key): a listener claims the key in the
-- transaction of its writes, so an event delivered twice (republished after a crash, resubmitted after a failure)
-- writes nothing the second time.
create table event_receipt (
    listener_id  varchar(200) not null,
    event_key    varchar(200) not null,
    received_at  timestamp with time zone not null,
    primary key (listener_id, event_key)
);
create index event_receipt_received_idx on event_receipt (received_at);
