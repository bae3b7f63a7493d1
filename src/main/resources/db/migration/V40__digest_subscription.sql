-- Where a leader's weekly digest and alerts are delivered. Identity-linked by nature; holds no answers.
create table digest_subscription (
    person_id   uuid primary key references person (id) on delete cascade,
    channel     text        not null check (channel in ('slack', 'mattermost', 'teams', 'google-chat', 'webhook')),
    webhook_url text,
    workspace   text,
    updated_at  timestamptz not null,
    version     bigint      not null default 0
);

-- How many people a cycle asked. Invitations are deleted when a cycle closes, so participation needs the count kept.
-- The scheduler sets it when it opens a cycle; insights fall back to the team's current roster when it is null.
alter table cycle add column invited_count integer check (invited_count >= 0);
