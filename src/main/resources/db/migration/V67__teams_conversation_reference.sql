-- Where the Teams bot reaches a person: the 1:1 conversation the Teams app was installed in. Identity data (it names
-- the person), owned by platform.teams; uninstalling the app or erasing the person deletes the row.
create table teams_conversation_reference (
    person_id uuid primary key references person (id) on delete cascade,
    service_url text not null,
    conversation_id text not null,
    tenant_id text not null,
    aad_object_id text,
    teams_user_id text not null
);
create unique index teams_conversation_reference_conversation_uq on teams_conversation_reference (conversation_id);
