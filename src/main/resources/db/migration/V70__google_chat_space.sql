-- Google Chat app: the direct-message space the app was added to, per person (platform.googlechat). Written when the
-- person adds the app (ADDED_TO_SPACE), deleted when they remove it or are erased. No timestamp, nothing of a check-in.
create table google_chat_space (
    person_id  uuid primary key references person (id),
    space_name text not null unique,
    user_name  text not null
);
