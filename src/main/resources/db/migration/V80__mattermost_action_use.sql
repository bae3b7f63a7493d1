-- Single use of Mattermost button tokens (package platform.mattermost). A row says that one step of one post was
-- pressed: key_hash is an HMAC (key from configuration, not in the database) over post, cycle, person and question,
-- so the row names nobody to a reader without that key. expires_at is the cycle's close, when the token stops
-- working anyway; rows past it are deleted. Nothing here is an answer, and no answer table is written with it.
create table mattermost_action_use (
    key_hash   text        primary key,
    expires_at timestamptz not null
);
create index mattermost_action_use_expires_idx on mattermost_action_use (expires_at);
