-- Queues :count Slack prompts (a 5-question Block Kit chat.postMessage each, as the prompt renderer builds them) in
-- the outbox in one transaction, so the workers see them all at once. psql variables: tag, count.
\set ON_ERROR_STOP 1
insert into outbox_message (id, kind, channel, rate_key, destination, payload, status, attempts, next_attempt_at,
                            dedup_key, created_at)
select gen_random_uuid(), 'prompt', 'slack', 'slack_api:TBENCH',
       '{"transport":"slack_api","url":null,"workspace":"TBENCH"}',
       jsonb_build_object(
           'channel', 'U' || :'tag' || n,
           'text', 'Your weekly check-in',
           'blocks', (select jsonb_agg(jsonb_build_object(
                          'type', 'input', 'block_id', 'q:' || gen_random_uuid(), 'optional', true,
                          'label', jsonb_build_object('type', 'plain_text', 'text', 'How cheerful did you feel over the last two weeks?'),
                          'element', jsonb_build_object('type', 'radio_buttons', 'action_id', 'answer',
                              'options', (select jsonb_agg(jsonb_build_object(
                                              'text', jsonb_build_object('type', 'plain_text', 'text', 'Option ' || o),
                                              'value', o::text)) from generate_series(0, 5) o))))
                      from generate_series(1, 5) q)
               || jsonb_build_array(jsonb_build_object('type', 'actions', 'block_id', 'submit',
                      'elements', jsonb_build_array(jsonb_build_object('type', 'button', 'action_id', 'pulse_submit',
                          'text', jsonb_build_object('type', 'plain_text', 'text', 'Submit'), 'value', gen_random_uuid()))))),
       'pending', 0, now(), 'bench-prompt:' || :'tag' || ':' || n, now()
from generate_series(1, :count) n;
