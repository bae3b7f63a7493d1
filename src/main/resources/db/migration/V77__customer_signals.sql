-- Customer signals per team and ISO week (package customers): aggregates the company already has from its ticket or
-- contact-centre system, e.g. the week's CSAT mean over 412 surveys. No row names a customer or an employee; the
-- import refuses anything that looks like an identity (docs/CUSTOMER-VOICE.md).
--
-- Versioned corrections: a corrected value is a new row with the next version; the row it replaces keeps its value
-- and gets superseded_at, so history is never rewritten. Exactly one row per team, week and metric is current.
create table customer_signal (
    id            uuid primary key,
    team_id       uuid        not null references team (id),
    week_start    date        not null check (extract(isodow from week_start) = 1),
    metric        text        not null check (metric ~ '^[a-z][a-z0-9_]{1,39}$'),
    version       int         not null check (version >= 1),
    value         numeric     not null,
    sample_size   bigint      not null check (sample_size >= 1),
    unit          text        not null,
    direction     text        not null check (direction in ('higher_is_better', 'lower_is_better')),
    recorded_at   timestamptz not null,
    superseded_at timestamptz,
    unique (team_id, week_start, metric, version)
);
create unique index customer_signal_current_idx on customer_signal (team_id, week_start, metric)
    where superseded_at is null;
create index customer_signal_week_idx on customer_signal (week_start) where superseded_at is null;
