-- Built-in question set "Leaders' check" (leader-check): a short well-being check for leaders themselves, written for
-- pulsecheck (not a validated instrument). German addresses the leader with "Sie". Reported only as an aggregate of
-- at least k leaders (docs/QUESTIONS.md, docs/INSIGHTS.md).

insert into question_set (id, name, builtin_key, archived, current_version, created_at, version)
values ('66809ae2-4314-4af9-8d46-cb54697aad65', 'Leaders'' check', 'leader-check', false, 1, timestamptz '2026-11-26 00:00:00+00', 0);
insert into question_set_version (id, set_id, number, name, description, default_locale, used, created_at)
values ('3a752878-be17-4fe1-a726-a31735fdaabf', '66809ae2-4314-4af9-8d46-cb54697aad65', 1, 'Leaders'' check', 'Written for pulsecheck, not a validated instrument. A short check of leaders'' own well-being: energy and switching off (leader_wellbeing, higher is better), strain of the role (leader_strain, higher is more strain) and whether they have someone to turn to (leader_support, % yes). Meant for a schedule whose audience is leaders; reported only as an aggregate of at least k leaders.', 'en', false, timestamptz '2026-11-26 00:00:00+00');
insert into question (id, set_version_id, position, key, type, dimension, reverse_scored, text, choices, scale_labels) values
    ('5f1c5a7d-3065-4bbf-8b2d-7c2a3cccf83d', '3a752878-be17-4fe1-a726-a31735fdaabf', 1, 'leader_energy', 'scale_1_5', 'leader_wellbeing', false,
     cast('{"en": "Over the last two weeks, how much energy have you had for your work?", "de": "Wie viel Energie hatten Sie in den letzten zwei Wochen für Ihre Arbeit?"}' as jsonb),
     null, cast('{"low": {"en": "Very little", "de": "Sehr wenig"}, "high": {"en": "A great deal", "de": "Sehr viel"}}' as jsonb)),
    ('48d253f5-95bf-403c-baf2-216ba88069cd', '3a752878-be17-4fe1-a726-a31735fdaabf', 2, 'leader_switch_off', 'scale_1_5', 'leader_wellbeing', false,
     cast('{"en": "How well have you been able to switch off from work in your free time?", "de": "Wie gut konnten Sie in Ihrer Freizeit von der Arbeit abschalten?"}' as jsonb),
     null, cast('{"low": {"en": "Not at all", "de": "Gar nicht"}, "high": {"en": "Very well", "de": "Sehr gut"}}' as jsonb)),
    ('83f2fc64-41a0-4114-9b3b-0e6248e1893b', '3a752878-be17-4fe1-a726-a31735fdaabf', 3, 'leader_strain', 'scale_1_5', 'leader_strain', false,
     cast('{"en": "How often have you felt that the demands of your role were more than you could handle?", "de": "Wie oft hatten Sie das Gefühl, dass die Anforderungen Ihrer Rolle Ihre Kräfte übersteigen?"}' as jsonb),
     null, cast('{"low": {"en": "Never", "de": "Nie"}, "high": {"en": "Very often", "de": "Sehr oft"}}' as jsonb)),
    ('8199b249-f38f-473a-ab59-1205522ed09c', '3a752878-be17-4fe1-a726-a31735fdaabf', 4, 'leader_support', 'yes_no', 'leader_support', false,
     cast('{"en": "Do you have someone you can turn to when leading gets difficult?", "de": "Haben Sie jemanden, an den Sie sich wenden können, wenn Führung schwierig wird?"}' as jsonb),
     null, null);
