-- Shared rate limits of the delivery workers: one row per rate key (platform workspace, webhook or host).
-- Workers lock a row while they take send slots from it, so every replica respects the same limit.
create table delivery_rate_limit (
    rate_key       text primary key,
    -- Theoretical arrival time of the next message (generic cell rate algorithm).
    next_slot_at   timestamptz not null,
    -- Earliest instant at which the key has a free slot again, burst included; claims skip keys not yet available.
    available_at   timestamptz not null
);

-- Prompts are queued when they fall due, so that a later opt-out, pause or erasure still stops them.
alter table cycle_invitation add column prompted boolean not null default false;
create index cycle_invitation_due_idx on cycle_invitation (send_at) where not prompted;

-- HR lists deliveries by status, newest first.
create index outbox_status_created_idx on outbox_message (status, created_at desc);

-- When the one reminder falls due: the prompt time plus the schedule's delay, moved out of the member's night.
-- Null means no reminder (none configured, or it would come after the cycle closes).
alter table cycle_invitation add column remind_at timestamptz;
create index cycle_invitation_remind_idx on cycle_invitation (remind_at) where not reminded and remind_at is not null;
