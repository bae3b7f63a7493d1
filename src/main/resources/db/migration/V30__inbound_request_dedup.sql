-- Inbound webhook requests already handled, to refuse replays and absorb platform retries. The key is a SHA-256 of
-- the platform's event id, request signature or trigger id: nothing here names a person or an answer.
create table inbound_request (
    source      text        not null,
    key_hash    text        not null,
    received_at timestamptz not null,
    primary key (source, key_hash)
);
create index inbound_request_received_idx on inbound_request (received_at);
