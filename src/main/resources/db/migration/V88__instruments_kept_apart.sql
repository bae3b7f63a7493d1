-- A series belongs to one instrument with its own scoring (issue #18): WHO-5 and the weekly pulse's mood item both
-- measure well-being, but their numbers are not comparable, so no trend, change or alert may join them.
--
-- The instrument of a cycle is the lineage of the question set it asked: a built-in set's key (who-5, pss-4,
-- weekly-pulse, ...) or, for a set of the organisation's own (copies included), the set's id. It is stored with the
-- statistics of every released cycle so that the rows say which instrument produced them.

-- Validated scales are asked whole or not at all: rotation never picks a part of them, and a copy (which may edit the
-- items) is not validated.
alter table question_set add column validated boolean not null default false;
update question_set set validated = true where builtin_key in ('who-5', 'pss-4');

alter table cycle_dimension_statistics add column instrument text;
update cycle_dimension_statistics d
set instrument = coalesce(s.builtin_key, s.id::text)
from cycle c
join question_set_version v on v.id = c.question_set_version_id
join question_set s on s.id = v.set_id
where c.id = d.cycle_id;
alter table cycle_dimension_statistics alter column instrument set not null;

alter table cycle_choice_statistics add column instrument text;
update cycle_choice_statistics d
set instrument = coalesce(s.builtin_key, s.id::text)
from cycle c
join question_set_version v on v.id = c.question_set_version_id
join question_set s on s.id = v.set_id
where c.id = d.cycle_id;
alter table cycle_choice_statistics alter column instrument set not null;
