-- The dimension safety is reported from this version on (insights). Cycles mixed before it whose sets had own
-- questions tagged safety get their safety statistics once, with the scoring of V56 (insights.CycleStatistics writes
-- them for every cycle mixed from now on).
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
      and a.dimension = 'safety'
      and not exists (select 1 from cycle_dimension_statistics d where d.cycle_id = r.cycle_id and d.dimension = 'safety')
    group by r.id, r.cycle_id, a.dimension
) scored
group by cycle_id, dimension;
