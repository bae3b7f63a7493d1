-- A synthetic organisation for the benchmarks. psql variables:
--   tag        unique name part          teams      number of teams (every tenth is the department of the next nine)
--   team_size  members per team          cycles     weekly cycles per team, newest first, the newest one this week
--   status     'open' or 'closed'        answered   share of members who answered each cycle (0 for none)
-- Every team has one leader (email lead-<tag>-<n>@example.com) with a Slack digest subscription, and a paused
-- schedule, so the service's own scheduler leaves these cycles alone.
\set ON_ERROR_STOP 1
begin;

create temp table qs on commit drop as select gen_random_uuid() as set_id, gen_random_uuid() as version_id;
insert into question_set (id, name, archived, current_version, created_at)
select set_id, 'bench-' || :'tag', false, 1, now() from qs;
insert into question_set_version (id, set_id, number, name, default_locale, used, created_at)
select version_id, set_id, 1, 'bench-' || :'tag', 'en', true, now() from qs;
-- A 5-question pulse: two WHO-5 items, one reverse-scored PSS item, one transparency item, eNPS.
insert into question (id, set_version_id, position, key, type, dimension, reverse_scored, text)
select gen_random_uuid(), qs.version_id, v.p, v.k, v.t, v.d, v.rev, jsonb_build_object('en', v.k)
from qs, (values (0, 'cheerful', 'scale_0_5', 'wellbeing', false), (1, 'rested', 'scale_0_5', 'wellbeing', false),
                 (2, 'in_control', 'scale_1_5', 'stress', true), (3, 'informed', 'scale_1_5', 'transparency', false),
                 (4, 'recommend', 'scale_0_10', 'enps', false)) as v(p, k, t, d, rev);

create temp table bt on commit drop as select n, gen_random_uuid() as id from generate_series(1, :teams) n;
insert into team (id, name, archived, created_at) select id, 'bench-' || :'tag' || '-' || n, false, now() from bt;
update team set parent_id = d.id
from bt c join bt d on d.n = ((c.n - 1) / 10) * 10 + 1
where team.id = c.id and c.n <> d.n;

create temp table bp on commit drop as
select t.n as team_n, t.id as team_id, i, gen_random_uuid() as id from bt t, generate_series(1, :team_size) i;
insert into person (id, display_name, platform, platform_user_id, created_at)
select id, 'Bench Person ' || team_n || '-' || i, 'slack', 'U' || :'tag' || 'x' || team_n || 'x' || i, now() from bp;
insert into team_member (team_id, person_id) select team_id, id from bp;

create temp table bl on commit drop as select n, id as team_id, gen_random_uuid() as id from bt;
insert into person (id, display_name, email, platform, platform_user_id, created_at)
select id, 'Bench Leader ' || n, 'lead-' || :'tag' || '-' || n || '@example.com', 'slack', 'L' || :'tag' || 'x' || n, now()
from bl;
insert into team_leader (team_id, person_id) select team_id, id from bl;
insert into digest_subscription (person_id, channel, workspace, updated_at) select id, 'slack', 'TBENCH', now() from bl;

create temp table bs on commit drop as select id as team_id, gen_random_uuid() as id from bt;
insert into schedule (id, team_id, question_set_id, rotation_size, cadence, weekday, local_time, time_zone,
                      skip_weekends, cycle_length_days, channel, leader_prompt_enabled, paused, starts_on, created_at)
select bs.id, bs.team_id, qs.set_id, 5, 'weekly', 'MONDAY', '09:00', 'UTC', true, 7, 'slack', false, true,
       current_date - 7 * :cycles, now()
from bs, qs;

create temp table bc on commit drop as
select bs.team_id, bs.id as schedule_id, w, gen_random_uuid() as id, (current_date - 7 * w) as cycle_date
from bs, generate_series(0, :cycles - 1) w;
insert into cycle (id, schedule_id, team_id, question_set_version_id, cycle_date, closes_at, status, invited_count,
                   k_threshold, comment_threshold)
select bc.id, bc.schedule_id, bc.team_id, qs.version_id, bc.cycle_date,
       case when :'status' = 'open' then now() + interval '7 days' else bc.cycle_date + 7 end, :'status', :team_size,
       o.k_threshold, o.comment_threshold
from bc, qs, org_settings o where o.id = 1;
-- Closed cycles are released, as after the close-time mixing: their answers appear in reports.
insert into closed_cycle_mixed (cycle_id) select id from bc where :'status' = 'closed';
-- Open cycles invite every member, as the opener does: only invited people may answer.
insert into cycle_invitation (cycle_id, person_id, send_at, prompted)
select bc.id, bp.id, now(), true from bc join bp on bp.team_id = bc.team_id where :'status' = 'open';
insert into cycle_question (cycle_id, question_id, position)
select bc.id, q.id, q.position from bc, qs join question q on q.set_version_id = qs.version_id;

create temp table br on commit drop as
select bc.id as cycle_id, bc.team_id, bc.cycle_date, gen_random_uuid() as id
from bc, generate_series(1, :team_size) i where random() < :answered;
insert into response (id, cycle_id, team_id, cycle_date, question_set_version_id)
select br.id, br.cycle_id, br.team_id, br.cycle_date, qs.version_id from br, qs;
insert into answer (id, response_id, question_id, dimension, value)
select gen_random_uuid(), br.id, q.id, q.dimension,
       case q.type when 'scale_0_5' then floor(random() * 6) when 'scale_1_5' then 1 + floor(random() * 5)
                   else floor(random() * 11) end
from br, qs join question q on q.set_version_id = qs.version_id;

-- Released cycles carry their statistics, as the mixing writes them (insights.CycleStatistics).
insert into cycle_statistics (cycle_id, team_id, cycle_date, respondents, comments, k_threshold, invited_count)
select c.id, c.team_id, c.cycle_date, count(br.id), 0, c.k_threshold, c.invited_count
from bc join cycle c on c.id = bc.id left join br on br.cycle_id = bc.id where :'status' = 'closed'
group by c.id, c.team_id, c.cycle_date, c.k_threshold, c.invited_count;
-- The instrument is the set's lineage, as V88 and insights.CycleStatistics record it (the set's id: not built in).
insert into cycle_dimension_statistics (cycle_id, dimension, n, score_sum, score_sum_sq, instrument)
select cycle_id, dimension, count(*), sum(score), sum(score * score), (select set_id::text from qs)
from (
    select br.id, br.cycle_id, a.dimension,
           avg(case when a.dimension = 'enps'
                    then case when a.value >= 9 then 100.0 when a.value <= 6 then -100.0 else 0.0 end
                    else 100.0 * (case when q.reverse_scored
                                       then (case q.type when 'scale_0_10' then 10 when 'yes_no' then 1 else 5 end) - a.value
                                       else a.value - (case q.type when 'scale_1_5' then 1 else 0 end) end)
                         / (case q.type when 'scale_1_5' then 4 when 'scale_0_5' then 5 when 'scale_0_10' then 10 else 1 end)
               end) as score
    from br join answer a on a.response_id = br.id join question q on q.id = a.question_id
    where :'status' = 'closed' and a.value is not null
      and q.type in ('scale_1_5', 'scale_0_5', 'scale_0_10', 'yes_no')
      and a.dimension in ('wellbeing', 'stress', 'transparency', 'enps')
    group by br.id, br.cycle_id, a.dimension
) scored
group by cycle_id, dimension;

-- Who may submit where: the benchmarks read their (cycle, person) pairs from here.
create table if not exists bench_pair (
    tag text, week integer, k integer, cycle_id uuid, person_id uuid, team_id uuid, cycle_date date,
    version_id uuid, platform_user_id text, q0 uuid, q1 uuid, q2 uuid, q3 uuid, q4 uuid
);
insert into bench_pair (tag, week, k, cycle_id, person_id, team_id, cycle_date, version_id, platform_user_id,
                        q0, q1, q2, q3, q4)
select :'tag', bc.w, row_number() over (partition by bc.w order by random()), bc.id, p.id, bc.team_id, bc.cycle_date, qs.version_id,
       'U' || :'tag' || 'x' || bp.team_n || 'x' || bp.i,
       (select id from question where set_version_id = qs.version_id and position = 0),
       (select id from question where set_version_id = qs.version_id and position = 1),
       (select id from question where set_version_id = qs.version_id and position = 2),
       (select id from question where set_version_id = qs.version_id and position = 3),
       (select id from question where set_version_id = qs.version_id and position = 4)
from bc join bp on bp.team_id = bc.team_id join person p on p.id = bp.id, qs
where :'status' = 'open';
create index if not exists bench_pair_idx on bench_pair (tag, week, k);
commit;
analyze;
