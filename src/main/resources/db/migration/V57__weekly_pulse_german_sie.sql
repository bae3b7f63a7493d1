-- The built-in weekly pulse (V10) asks five German questions with "du"; every other German text addresses the reader
-- with "Sie" (docs/ARCHITECTURE.md, "German form of address"). A version that may have been asked never changes, so
-- version 2 carries the same questions (keys, types, dimensions, choices, labels, English text) with "Sie" wording and
-- becomes the current version: cycles opened from now on ask it, cycles opened before keep version 1.

insert into question_set_version (id, set_id, number, name, description, default_locale, used, created_at)
select 'a65ba5f2-d7d1-5be4-8071-ec2a638d3927', set_id, 2, name, description, default_locale, false, now()
from question_set_version
where id = '68a2a759-6827-502a-b5a5-d94e1ee3a730';

insert into question (id, set_version_id, position, key, type, dimension, reverse_scored, text, choices, scale_labels)
select wording.id, 'a65ba5f2-d7d1-5be4-8071-ec2a638d3927', q.position, q.key, q.type, q.dimension, q.reverse_scored,
       jsonb_set(q.text, '{de}', to_jsonb(wording.de)), q.choices, q.scale_labels
from question q
join (values
    ('pulse_mood', uuid '51c71321-7512-567b-a348-cc11e945d3b9', 'Wie haben Sie sich diese Woche bei der Arbeit gefühlt?'),
    ('pulse_stress', uuid '558f79c2-aa63-5723-938b-06dfad5b1816', 'Wie gestresst haben Sie sich diese Woche gefühlt?'),
    ('pulse_workload', uuid '463201e7-351a-52ae-aa74-7ef86711716e', 'Wie war Ihre Arbeitsbelastung diese Woche?'),
    ('pulse_priorities', uuid 'c98ecaa2-a2b9-5a4a-9b68-3fecd0c48b70', 'Kennen Sie die wichtigsten Prioritäten für nächste Woche?'),
    ('pulse_recognition', uuid '8926ad12-5e01-5528-8ece-cd8e649cac5a', 'Hat diese Woche jemand Ihre Arbeit anerkannt?')
) as wording (key, id, de) on wording.key = q.key
where q.set_version_id = '68a2a759-6827-502a-b5a5-d94e1ee3a730';

update question_set
set current_version = 2, version = version + 1
where id = 'a159dbb5-8693-5f95-9dda-1a9950e02469'
  and exists (select 1 from question_set_version
              where set_id = 'a159dbb5-8693-5f95-9dda-1a9950e02469' and number = 2);
