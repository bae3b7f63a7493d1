-- Core data model. Identity-linked tables (person, membership, conversation, receipt, outbox) are kept apart
-- from the anonymous ones (response, answer, response_comment): no foreign key, shared id or timestamp links them.

create table org_settings (
    id                smallint primary key check (id = 1),
    k_threshold       integer  not null default 5 check (k_threshold >= 3),
    comment_threshold integer  not null default 5 check (comment_threshold >= 3),
    version           bigint   not null default 0
);
insert into org_settings (id) values (1);

create table person (
    id               uuid primary key,
    display_name     text,
    email            text,
    platform         text,
    platform_user_id text,
    locale           text        not null default 'en',
    time_zone        text        not null default 'UTC',
    status           text        not null default 'active' check (status in ('active', 'paused', 'opted_out', 'erased')),
    paused_until     date,
    created_at       timestamptz not null,
    version          bigint      not null default 0
);
create unique index person_chat_identity_uq on person (platform, platform_user_id) where platform_user_id is not null;
create unique index person_email_uq on person (lower(email)) where email is not null;

create table team (
    id                uuid primary key,
    name              text        not null,
    parent_id         uuid references team (id),
    k_threshold       integer check (k_threshold >= 3),
    comment_threshold integer check (comment_threshold >= 3),
    archived          boolean     not null default false,
    created_at        timestamptz not null,
    version           bigint      not null default 0
);
create unique index team_name_uq on team (lower(name)) where not archived;
create index team_parent_idx on team (parent_id);

create table team_member (
    team_id   uuid not null references team (id),
    person_id uuid not null references person (id) on delete cascade,
    primary key (team_id, person_id)
);
create index team_member_person_idx on team_member (person_id);

create table team_leader (
    team_id   uuid not null references team (id),
    person_id uuid not null references person (id) on delete cascade,
    primary key (team_id, person_id)
);
create index team_leader_person_idx on team_leader (person_id);

-- A question set is a lineage of immutable-once-used versions.
create table question_set (
    id              uuid primary key,
    name            text        not null,
    builtin_key     text unique,
    archived        boolean     not null default false,
    current_version integer     not null,
    created_at      timestamptz not null,
    version         bigint      not null default 0
);

create table question_set_version (
    id             uuid primary key,
    set_id         uuid        not null references question_set (id),
    number         integer     not null,
    name           text        not null,
    description    text,
    default_locale text        not null,
    used           boolean     not null default false,
    created_at     timestamptz not null,
    unique (set_id, number)
);

create table question (
    id             uuid primary key,
    set_version_id uuid    not null references question_set_version (id),
    position       integer not null,
    key            text    not null,
    type           text    not null check (type in ('scale_1_5', 'scale_0_5', 'scale_0_10', 'yes_no', 'single_choice', 'free_text')),
    dimension      text    not null,
    reverse_scored boolean not null default false,
    text           jsonb   not null,
    choices        jsonb,
    scale_labels   jsonb,
    unique (set_version_id, position),
    unique (set_version_id, key)
);

create table schedule (
    id                    uuid primary key,
    team_id               uuid        not null references team (id),
    question_set_id       uuid        not null references question_set (id),
    rotation_size         integer     not null check (rotation_size >= 1),
    cadence               text        not null check (cadence in ('weekly', 'biweekly', 'monthly', 'cron')),
    cron                  text,
    weekday               text,
    local_time            time        not null,
    time_zone             text        not null,
    skip_weekends         boolean     not null default true,
    holiday_region        text,
    reminder_after_hours  integer check (reminder_after_hours >= 1),
    cycle_length_days     integer     not null check (cycle_length_days >= 1),
    channel               text        not null,
    leader_prompt_enabled boolean     not null default true,
    paused                boolean     not null default false,
    starts_on             date        not null,
    created_at            timestamptz not null,
    version               bigint      not null default 0
);
create index schedule_team_idx on schedule (team_id);

-- One cycle per schedule and date; the unique key makes opening idempotent across replicas.
create table cycle (
    id                      uuid primary key,
    schedule_id             uuid        not null references schedule (id),
    team_id                 uuid        not null references team (id),
    question_set_version_id uuid        not null references question_set_version (id),
    cycle_date              date        not null,
    closes_at               timestamptz not null,
    status                  text        not null default 'open' check (status in ('open', 'closed')),
    unique (schedule_id, cycle_date)
);
create index cycle_open_idx on cycle (status, closes_at);

-- The rotation's subset of questions asked in a cycle, in order.
create table cycle_question (
    cycle_id    uuid    not null references cycle (id),
    question_id uuid    not null references question (id),
    position    integer not null,
    primary key (cycle_id, question_id)
);

-- Who is asked in a cycle and when their prompt is due (identity-linked, deleted when the cycle closes).
create table cycle_invitation (
    cycle_id     uuid        not null references cycle (id),
    person_id    uuid        not null references person (id) on delete cascade,
    send_at      timestamptz not null,
    reminded     boolean     not null default false,
    primary key (cycle_id, person_id)
);

-- Transactional outbox: every outbound chat message.
create table outbox_message (
    id              uuid primary key,
    kind            text        not null,
    channel         text        not null,
    rate_key        text        not null,
    destination     jsonb       not null,
    payload         jsonb       not null,
    status          text        not null default 'pending' check (status in ('pending', 'sent', 'dead')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    dedup_key       text unique,
    created_at      timestamptz not null,
    sent_at         timestamptz
);
create index outbox_due_idx on outbox_message (next_attempt_at) where status = 'pending';

create table delivery_attempt (
    id           uuid primary key,
    message_id   uuid        not null references outbox_message (id) on delete cascade,
    attempted_at timestamptz not null,
    http_status  integer,
    outcome      text        not null,
    error        text,
    duration_ms  bigint      not null
);
create index delivery_attempt_message_idx on delivery_attempt (message_id);

-- Identity-linked state of an open conversation; deleted when the submission is sealed or the cycle closes.
create table conversation (
    id         uuid primary key,
    cycle_id   uuid        not null references cycle (id),
    person_id  uuid        not null references person (id) on delete cascade,
    channel    text        not null,
    state      jsonb       not null,
    updated_at timestamptz not null,
    unique (cycle_id, person_id)
);

-- Whether a person answered in a cycle: no timestamp, no link to the response.
create table receipt (
    cycle_id  uuid not null references cycle (id),
    person_id uuid not null references person (id) on delete cascade,
    primary key (cycle_id, person_id)
);

-- Anonymous answers. Random UUIDs, the cycle's date only, nothing that leads back to a person.
create table response (
    id                      uuid primary key,
    cycle_id                uuid not null references cycle (id),
    team_id                 uuid not null references team (id),
    cycle_date              date not null,
    question_set_version_id uuid not null references question_set_version (id)
);
create index response_team_cycle_idx on response (team_id, cycle_date);
create index response_cycle_idx on response (cycle_id);

create table answer (
    id          uuid primary key,
    response_id uuid not null references response (id),
    question_id uuid not null references question (id),
    dimension   text not null,
    value       integer,
    choice      text,
    text_value  text
);
create index answer_response_idx on answer (response_id);
create index answer_question_idx on answer (question_id);

-- End-of-pulse comments, stored apart from the scores so a comment cannot be tied to a set of answers.
create table response_comment (
    id         uuid primary key,
    cycle_id   uuid not null references cycle (id),
    team_id    uuid not null references team (id),
    cycle_date date not null,
    body       text not null
);
create index response_comment_team_idx on response_comment (team_id, cycle_date);

create table leader_action (
    id                 uuid primary key,
    team_id            uuid        not null references team (id),
    description        text        not null,
    created_on         date        not null,
    announced_cycle_id uuid references cycle (id),
    created_at         timestamptz not null
);
create index leader_action_team_idx on leader_action (team_id);
