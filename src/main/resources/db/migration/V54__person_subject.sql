-- The identity provider's immutable subject of a person (the token's sub, or its object id): leaders are matched by
-- it, because an email can be reassigned or, at some providers, edited by its owner.
alter table person add column subject text;
create unique index person_subject_uq on person (subject) where subject is not null;
