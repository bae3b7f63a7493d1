-- Every dimension a question set collects is reported from this version on (insights), not only the five named
-- indices. Cycles mixed before it get the statistics of their other numeric dimensions (trust, recognition, custom
-- ones) once, with the scoring of V56; and how many responses chose each option of a single-choice dimension
-- (workload), so it is reported as a distribution. insights.CycleStatistics writes both for every cycle mixed from now on.
insert into cycle_dimension_statistics (cycle_id, dimension, n, score_sum, score_sum_sq)
select cycle_id, dimension, count(*), sum(score), sum(score * score)
from (
    select r.id, r.cycle_id, a.dimension,
           avg(100.0 * (case when q.reverse_scored
                             then (case q.type when 'scale_0_10' then 10 when 'yes_no' then 1 else 5 end) - a.value
                             else a.value - (case q.type when 'scale_1_5' then 1 else 0 end) end)
               / (case q.type when 'scale_1_5' then 4 when 'scale_0_5' then 5 when 'scale_0_10' then 10 else 1 end)) as score
    from response r
    join closed_cycle_mixed m on m.cycle_id = r.cycle_id
    join answer a on a.response_id = r.id
    join question q on q.id = a.question_id
    where a.value is not null
      and q.type in ('scale_1_5', 'scale_0_5', 'scale_0_10', 'yes_no')
      and a.dimension not in ('wellbeing', 'stress', 'transparency', 'enps', 'safety')
      and not exists (select 1 from cycle_dimension_statistics d where d.cycle_id = r.cycle_id and d.dimension = a.dimension)
    group by r.id, r.cycle_id, a.dimension
) scored
group by cycle_id, dimension;

-- Per released cycle, single-choice dimension and option: how many responses chose it. Like the other statistics it
-- holds nothing the answer table of a released cycle does not show; the k threshold is applied when it is read.
create table cycle_choice_statistics (
    cycle_id  uuid   not null references cycle (id),
    dimension text   not null,
    choice    text   not null,
    n         bigint not null,
    primary key (cycle_id, dimension, choice)
);

insert into cycle_choice_statistics (cycle_id, dimension, choice, n)
select r.cycle_id, a.dimension, a.choice, count(distinct r.id)
from response r
join closed_cycle_mixed m on m.cycle_id = r.cycle_id
join answer a on a.response_id = r.id
join question q on q.id = a.question_id
where q.type = 'single_choice' and a.choice is not null
group by r.cycle_id, a.dimension, a.choice;
