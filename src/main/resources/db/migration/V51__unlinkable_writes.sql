-- Unlinkable writes (see docs/ANONYMITY.md). A submission is first stored as one AES-GCM ciphertext in the
-- transaction that writes its receipt; a separate job turns pending ciphertexts into plaintext rows in shuffled
-- batches of at least k, in transactions that touch no identity-bearing row. Nothing here is readable without the
-- sealing key from configuration; no person column and no timestamp.
create table sealed_submission (
    id         uuid  primary key,
    cycle_id   uuid  not null references cycle (id),
    ciphertext bytea not null
);
create index sealed_submission_cycle_idx on sealed_submission (cycle_id);

-- Free-text answers are stored like comments: apart from the scores, with no response id.
create table free_text_answer (
    id          uuid primary key,
    cycle_id    uuid not null references cycle (id),
    team_id     uuid not null references team (id),
    cycle_date  date not null,
    question_id uuid not null references question (id),
    body        text not null
);
create index free_text_answer_team_idx on free_text_answer (team_id, cycle_date);
create index free_text_answer_cycle_idx on free_text_answer (cycle_id);

-- Existing text answers move out with fresh random ids, so nothing ties them back to their response.
insert into free_text_answer (id, cycle_id, team_id, cycle_date, question_id, body)
select gen_random_uuid(), r.cycle_id, r.team_id, r.cycle_date, a.question_id, a.text_value
from answer a join response r on r.id = a.response_id
where a.text_value is not null
order by random();
delete from answer where text_value is not null;
alter table answer drop column text_value;

-- Conversation progress (partial answers) is stored encrypted; the old plaintext column is read only for
-- conversations that were open during the upgrade and is emptied on their next step.
alter table conversation add column sealed_state bytea;
alter table conversation alter column state drop not null;

-- Outbox rows that concern a person in a cycle say so in columns, so closing a cycle finds them by key.
alter table outbox_message add column cycle_id uuid, add column person_id uuid;
update outbox_message
set cycle_id = split_part(dedup_key, ':', 2)::uuid, person_id = split_part(dedup_key, ':', 3)::uuid
where dedup_key ~ '^(prompt|reminder|leader_prompt):[0-9a-f-]{36}:[0-9a-f-]{36}$';
create index outbox_cycle_idx on outbox_message (cycle_id) where cycle_id is not null;

-- What remains of a closed cycle's person-bearing deliveries: counts for operations, nobody named.
create table delivery_count (
    cycle_id uuid    not null references cycle (id),
    kind     text    not null,
    channel  text    not null,
    status   text    not null,
    messages integer not null,
    attempts integer not null,
    primary key (cycle_id, kind, channel, status)
);

-- Replay records keep only the end of the retention bucket they arrived in (an hour by default), not the time.
update inbound_request set received_at = date_trunc('hour', received_at) + interval '1 hour';
