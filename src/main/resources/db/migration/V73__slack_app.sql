-- Slack as an installable app (owned by platform.slack).

-- One row per workspace, or per Enterprise Grid organisation for an org-wide install, keyed by the id Slack sends
-- with each event (team id T..., enterprise id E...). The bot token is AES-GCM ciphertext under a key from
-- configuration (never in the database); uninstalling or revoking deletes the token and keeps the row, so later
-- prompts to that workspace fail with a clear reason instead of falling back to another token.
create table slack_installation (
    team_id text primary key,
    enterprise_id text,
    team_name text,
    enterprise_install boolean not null default false,
    bot_user_id text,
    app_id text,
    scopes text,
    bot_token bytea,
    token_key_id smallint,
    installed_at timestamptz not null,
    removed_at timestamptz,
    removed_reason text,
    constraint slack_installation_token_or_removed check ((bot_token is null) = (removed_at is not null))
);

-- Which workspace and member a person is on Slack, found by email with users.lookupByEmail. A member id is only
-- unique within its workspace, so both together identify someone; erasing the person deletes the row.
create table slack_member (
    person_id uuid primary key references person (id),
    team_id text,
    member_id text,
    looked_up_email text,
    status text not null check (status in ('resolved', 'unresolved')),
    reason text,
    checked_at timestamptz not null,
    constraint slack_member_resolved check ((status = 'resolved') = (team_id is not null and member_id is not null))
);
create unique index slack_member_identity_uq on slack_member (team_id, member_id) where member_id is not null;
create index slack_member_checked_idx on slack_member (checked_at);

-- OAuth state of an install in progress: single-use, bound to the browser that started it by a cookie, short-lived.
-- Only hashes are kept, so a database reader cannot finish someone else's install.
create table slack_oauth_state (
    state_hash text primary key,
    browser_hash text not null,
    expires_at timestamptz not null
);
create index slack_oauth_state_expires_idx on slack_oauth_state (expires_at);
