-- The organisation report reads a released cycle's statistics without going back to the cycle: the k frozen on the
-- cycle and how many it asked (null for cycles opened before V40; the report then falls back to the team's current
-- roster, as it does for the cycle). A statistics row is written only in the transaction that mixes a closed cycle
-- (insights.CycleStatistics), so it exists exactly when the cycle is released, and the roll-up needs neither the
-- cycle's status nor its closed_cycle_mixed mark. Both values are copied from the cycle, which never changes them
-- once it has opened.
alter table cycle_statistics add column k_threshold integer;
alter table cycle_statistics add column invited_count integer;

update cycle_statistics s set k_threshold = c.k_threshold, invited_count = c.invited_count
from cycle c where c.id = s.cycle_id;

alter table cycle_statistics alter column k_threshold set not null;

-- No statistics may exist for a cycle that is not released; should any have been written otherwise, they go, so the
-- rule above holds for every row.
delete from cycle_dimension_statistics d where not exists (
    select 1 from cycle c join closed_cycle_mixed m on m.cycle_id = c.id where c.id = d.cycle_id and c.status = 'closed');
delete from cycle_choice_statistics d where not exists (
    select 1 from cycle c join closed_cycle_mixed m on m.cycle_id = c.id where c.id = d.cycle_id and c.status = 'closed');
delete from cycle_statistics d where not exists (
    select 1 from cycle c join closed_cycle_mixed m on m.cycle_id = c.id where c.id = d.cycle_id and c.status = 'closed');
