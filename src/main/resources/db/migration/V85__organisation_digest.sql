-- HR can subscribe executives to the organisation digest; such a person need not lead a team.
alter table digest_subscription add column organisation_digest boolean not null default false;
