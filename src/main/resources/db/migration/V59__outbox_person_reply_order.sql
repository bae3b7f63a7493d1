-- A reply waits for earlier pending replies to the same person (delivery/OutboxClaims); this index keeps that check
-- cheap while many messages are pending.
create index outbox_person_pending_idx on outbox_message (person_id, created_at)
    where status = 'pending' and person_id is not null;
