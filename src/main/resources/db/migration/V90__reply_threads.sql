-- Anonymous two-way conversations on comments (package replies, docs/ANONYMITY.md "Replies to a comment").
-- A thread exists for a comment whose writer asked for replies: it holds the SHA-256 digest of a random reply token
-- that only the writer received, never the token, a person, a chat id or a time. It is written with the comment in the
-- flush that turns sealed submissions into readable rows, so no transaction pairs it with an identity-bearing row.
create table reply_thread (
    comment_id   uuid primary key references response_comment (id),
    token_digest bytea not null unique check (octet_length(token_digest) = 32)
);

-- The messages of a thread: the leader's and the writer's, in their order within the thread (turn), with no time and
-- nothing that says which leader wrote; the writer's are scrubbed like comments. A writer's message is shown to the
-- leader only from the next daily release on (shown), together with every other written that day, so that the moment
-- it appeared on the leader's page says nothing about who wrote it.
create table thread_message (
    id          uuid primary key,
    comment_id  uuid not null references reply_thread (comment_id),
    turn        integer not null check (turn > 0),
    from_leader boolean not null,
    shown       boolean not null,
    body        text not null check (length(body) between 1 and 2000),
    unique (comment_id, turn)
);
