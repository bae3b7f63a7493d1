-- Reassurance suggestions HR adds to the curated catalogue (the built-in ones stay in the JSON resource).
-- Wording for leaders only: no answers, no people.
create table reassurance_entry (
    id         uuid primary key,
    signals    text        not null,
    text_en    text        not null check (length(text_en) between 1 and 500),
    text_de    text        not null check (length(text_de) between 1 and 500),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    bigint      not null default 0
);
