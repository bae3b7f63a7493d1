-- Digests and alerts queued before each outbox row named its person (V51 backfilled only prompts, reminders and
-- leader prompts) say whom they are for only in their dedup key: digest:<leader>:<team>:<date> and
-- alert:<leader>:<cycle>. Erasure finds outbox rows by person_id, so these get it from the key. Slack direct-message
-- replies of that time (slack-reply:<event>) name no person in their own columns and are left as they are.
update outbox_message
set person_id = split_part(dedup_key, ':', 2)::uuid
where person_id is null
  and dedup_key ~ '^(digest:[0-9a-f-]{36}:[0-9a-f-]{36}:[0-9]{4}-[0-9]{2}-[0-9]{2}|alert:[0-9a-f-]{36}:[0-9a-f-]{36})$';
