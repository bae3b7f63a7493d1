-- Audit log of administrative changes and exports (package audit). Written in the transaction of the change it
-- records. It names people only by id (never a name or email of a roster person), and never an answer or free text.
create table audit_event (
    id          uuid primary key,
    occurred_at timestamptz not null,
    -- Token subject (email claim or subject) of the caller, or 'system' for jobs; pseudonymised on erasure.
    actor       text        not null,
    action      text        not null,
    target_type text        not null,
    target_id   uuid,
    before      jsonb,
    after       jsonb
);
create index audit_event_occurred_idx on audit_event (occurred_at desc, id desc);
create index audit_event_target_idx on audit_event (target_type, target_id, occurred_at desc);
