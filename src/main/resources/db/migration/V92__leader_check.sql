-- The leaders' own well-being check (docs/INSIGHTS.md, "The leaders' check").
-- A schedule asks either the members of its team or the leaders of every team under its team; a leaders' schedule
-- without a team asks the leaders of the whole organisation.
alter table schedule add column audience text not null default 'members' check (audience in ('members', 'leaders'));
alter table schedule alter column team_id drop not null;
alter table schedule add constraint schedule_members_have_a_team check (audience = 'leaders' or team_id is not null);

-- A leaders' schedule opens, per date, one cycle per cohort: the department (the branch below the schedule's team,
-- or a root team of the organisation) whose teams a leader leads. The cycle's team is that cohort; the cycle is
-- marked so that no team report ever counts it.
alter table cycle add column audience text not null default 'members' check (audience in ('members', 'leaders'));
alter table cycle drop constraint cycle_schedule_id_cycle_date_key;
alter table cycle add constraint cycle_schedule_team_date_key unique (schedule_id, team_id, cycle_date);
