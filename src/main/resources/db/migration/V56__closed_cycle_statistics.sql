-- Sufficient statistics of every mixed (released) cycle, written in the mixing transaction (insights.CycleStatistics).
-- Closed cycles never change, so reports, exports, digests, alerts and roll-ups combine these small rows instead of
-- rescoring every answer. They hold nothing the answer table of a released cycle does not already show to a reader
-- with SELECT; the k and comment thresholds are applied when they are read, exactly as on the raw rows.

-- Per cycle: respondents (responses) and comments.
create table cycle_statistics (
    cycle_id    uuid primary key references cycle (id),
    team_id     uuid   not null references team (id),
    cycle_date  date   not null,
    respondents bigint not null,
    comments    bigint not null
);
create index cycle_statistics_date_idx on cycle_statistics (cycle_date);

-- Per cycle and dimension: the count, sum and sum of squares of the per-response scores (0..100, eNPS -100/0/100), so
-- that means and sample standard deviations of any union of cycles follow exactly.
create table cycle_dimension_statistics (
    cycle_id     uuid    not null references cycle (id),
    dimension    text    not null,
    n            bigint  not null,
    score_sum    numeric not null,
    score_sum_sq numeric not null,
    primary key (cycle_id, dimension)
);

-- Backfill: every cycle mixed before this migration.
insert into cycle_statistics (cycle_id, team_id, cycle_date, respondents, comments)
select c.id, c.team_id, c.cycle_date,
       (select count(*) from response r where r.cycle_id = c.id),
       (select count(*) from response_comment rc where rc.cycle_id = c.id)
from cycle c join closed_cycle_mixed m on m.cycle_id = c.id;

insert into cycle_dimension_statistics (cycle_id, dimension, n, score_sum, score_sum_sq)
select cycle_id, dimension, count(*), sum(score), sum(score * score)
from (
    select r.id, r.cycle_id, a.dimension,
           avg(case when a.dimension = 'enps'
                    then case when a.value >= 9 then 100.0 when a.value <= 6 then -100.0 else 0.0 end
                    else 100.0 * (case when q.reverse_scored
                                       then (case q.type when 'scale_0_10' then 10 when 'yes_no' then 1 else 5 end) - a.value
                                       else a.value - (case q.type when 'scale_1_5' then 1 else 0 end) end)
                         / (case q.type when 'scale_1_5' then 4 when 'scale_0_5' then 5 when 'scale_0_10' then 10 else 1 end)
               end) as score
    from response r
    join closed_cycle_mixed m on m.cycle_id = r.cycle_id
    join answer a on a.response_id = r.id
    join question q on q.id = a.question_id
    where a.value is not null
      and q.type in ('scale_1_5', 'scale_0_5', 'scale_0_10', 'yes_no')
      and a.dimension in ('wellbeing', 'stress', 'transparency', 'enps')
    group by r.id, r.cycle_id, a.dimension
) scored
group by cycle_id, dimension;
