-- The built-in, read-only question library (docs/QUESTIONS.md names each source, licence and scoring).
-- Fixed ids so every installation shares them; HR copies a set to adapt it.

insert into question_set (id, name, builtin_key, archived, current_version, created_at, version)
values ('d8cd7c38-c56e-52a7-8de9-45c976cb4ccb', 'WHO-5 Well-Being Index', 'who-5', false, 1, timestamptz '2026-01-01 00:00:00+00', 0);
insert into question_set_version (id, set_id, number, name, description, default_locale, used, created_at)
values ('b2c8bef7-4f57-500e-bea2-65935a352ebd', 'd8cd7c38-c56e-52a7-8de9-45c976cb4ccb', 1, 'WHO-5 Well-Being Index', 'The WHO-5 Well-Being Index (WHO Collaborating Centre in Mental Health, 1998), official English and German wording. Answers 0 (at no time) to 5 (all of the time); raw score 0-25 times 4 gives 0-100.', 'en', false, timestamptz '2026-01-01 00:00:00+00');
insert into question (id, set_version_id, position, key, type, dimension, reverse_scored, text, choices, scale_labels) values
    ('3d7822a6-2230-56ee-b353-4633c02e2a17', 'b2c8bef7-4f57-500e-bea2-65935a352ebd', 1, 'who5_1', 'scale_0_5', 'wellbeing', false,
     cast('{"en": "Over the last two weeks, I have felt cheerful and in good spirits.", "de": "In den letzten zwei Wochen war ich froh und guter Laune."}' as jsonb),
     null, cast('{"low": {"en": "At no time", "de": "Zu keinem Zeitpunkt"}, "high": {"en": "All of the time", "de": "Die ganze Zeit"}}' as jsonb)),
    ('d593f743-0ffe-5121-b050-603aa3dcafe4', 'b2c8bef7-4f57-500e-bea2-65935a352ebd', 2, 'who5_2', 'scale_0_5', 'wellbeing', false,
     cast('{"en": "Over the last two weeks, I have felt calm and relaxed.", "de": "In den letzten zwei Wochen habe ich mich ruhig und entspannt gefühlt."}' as jsonb),
     null, cast('{"low": {"en": "At no time", "de": "Zu keinem Zeitpunkt"}, "high": {"en": "All of the time", "de": "Die ganze Zeit"}}' as jsonb)),
    ('589cdfec-055a-50b2-8bc4-55f60bd42807', 'b2c8bef7-4f57-500e-bea2-65935a352ebd', 3, 'who5_3', 'scale_0_5', 'wellbeing', false,
     cast('{"en": "Over the last two weeks, I have felt active and vigorous.", "de": "In den letzten zwei Wochen habe ich mich energisch und aktiv gefühlt."}' as jsonb),
     null, cast('{"low": {"en": "At no time", "de": "Zu keinem Zeitpunkt"}, "high": {"en": "All of the time", "de": "Die ganze Zeit"}}' as jsonb)),
    ('b3a0f226-a6c4-562a-8c39-d44a005e3451', 'b2c8bef7-4f57-500e-bea2-65935a352ebd', 4, 'who5_4', 'scale_0_5', 'wellbeing', false,
     cast('{"en": "Over the last two weeks, I woke up feeling fresh and rested.", "de": "In den letzten zwei Wochen habe ich mich beim Aufwachen frisch und ausgeruht gefühlt."}' as jsonb),
     null, cast('{"low": {"en": "At no time", "de": "Zu keinem Zeitpunkt"}, "high": {"en": "All of the time", "de": "Die ganze Zeit"}}' as jsonb)),
    ('5ebeb6ab-51cf-56fd-87fd-e85cf9434031', 'b2c8bef7-4f57-500e-bea2-65935a352ebd', 5, 'who5_5', 'scale_0_5', 'wellbeing', false,
     cast('{"en": "Over the last two weeks, my daily life has been filled with things that interest me.", "de": "In den letzten zwei Wochen war mein Alltag voller Dinge, die mich interessieren."}' as jsonb),
     null, cast('{"low": {"en": "At no time", "de": "Zu keinem Zeitpunkt"}, "high": {"en": "All of the time", "de": "Die ganze Zeit"}}' as jsonb));

insert into question_set (id, name, builtin_key, archived, current_version, created_at, version)
values ('ae4beab4-8d28-5fa8-96ad-c0ea0f312d4a', 'Perceived Stress Scale, 4 items (PSS-4)', 'pss-4', false, 1, timestamptz '2026-01-01 00:00:00+00', 0);
insert into question_set_version (id, set_id, number, name, description, default_locale, used, created_at)
values ('ed6e4f6f-052c-500f-b35e-4b85c7484a62', 'ae4beab4-8d28-5fa8-96ad-c0ea0f312d4a', 1, 'Perceived Stress Scale, 4 items (PSS-4)', 'PSS-4 (Cohen, Kamarck and Mermelstein 1983). Answers 1 (never) to 5 (very often) stand for the original 0 to 4; items 2 and 3 are reverse-scored. Sum 0-16, higher means more perceived stress.', 'en', false, timestamptz '2026-01-01 00:00:00+00');
insert into question (id, set_version_id, position, key, type, dimension, reverse_scored, text, choices, scale_labels) values
    ('80967c2f-1791-5f84-ad60-1d152873bc25', 'ed6e4f6f-052c-500f-b35e-4b85c7484a62', 1, 'pss4_1', 'scale_1_5', 'stress', false,
     cast('{"en": "In the last month, how often have you felt that you were unable to control the important things in your life?", "de": "Wie oft hatten Sie im letzten Monat das Gefühl, wichtige Dinge in Ihrem Leben nicht beeinflussen zu können?"}' as jsonb),
     null, cast('{"low": {"en": "Never", "de": "Nie"}, "high": {"en": "Very often", "de": "Sehr oft"}}' as jsonb)),
    ('b80a00b5-83fd-5355-a58e-9885c1c62003', 'ed6e4f6f-052c-500f-b35e-4b85c7484a62', 2, 'pss4_2', 'scale_1_5', 'stress', true,
     cast('{"en": "In the last month, how often have you felt confident about your ability to handle your personal problems?", "de": "Wie oft waren Sie im letzten Monat zuversichtlich, Ihre persönlichen Probleme bewältigen zu können?"}' as jsonb),
     null, cast('{"low": {"en": "Never", "de": "Nie"}, "high": {"en": "Very often", "de": "Sehr oft"}}' as jsonb)),
    ('3d62c371-a393-5f4d-8421-e2e2ef0043d7', 'ed6e4f6f-052c-500f-b35e-4b85c7484a62', 3, 'pss4_3', 'scale_1_5', 'stress', true,
     cast('{"en": "In the last month, how often have you felt that things were going your way?", "de": "Wie oft hatten Sie im letzten Monat das Gefühl, dass sich die Dinge zu Ihren Gunsten entwickeln?"}' as jsonb),
     null, cast('{"low": {"en": "Never", "de": "Nie"}, "high": {"en": "Very often", "de": "Sehr oft"}}' as jsonb)),
    ('3db5791e-90f6-56de-b617-f2a0a6cb9193', 'ed6e4f6f-052c-500f-b35e-4b85c7484a62', 4, 'pss4_4', 'scale_1_5', 'stress', false,
     cast('{"en": "In the last month, how often have you felt difficulties were piling up so high that you could not overcome them?", "de": "Wie oft hatten Sie im letzten Monat das Gefühl, dass sich die Schwierigkeiten so aufgestaut haben, dass Sie sie nicht überwinden können?"}' as jsonb),
     null, cast('{"low": {"en": "Never", "de": "Nie"}, "high": {"en": "Very often", "de": "Sehr oft"}}' as jsonb));

insert into question_set (id, name, builtin_key, archived, current_version, created_at, version)
values ('35eac372-dda4-5dc5-bf10-6ea52d9edbf2', 'Employee Net Promoter Score (eNPS)', 'enps', false, 1, timestamptz '2026-01-01 00:00:00+00', 0);
insert into question_set_version (id, set_id, number, name, description, default_locale, used, created_at)
values ('cefa2c20-4202-50d2-a3cb-a498bf63283d', '35eac372-dda4-5dc5-bf10-6ea52d9edbf2', 1, 'Employee Net Promoter Score (eNPS)', 'One question, 0 to 10. eNPS = percentage of promoters (9-10) minus percentage of detractors (0-6), from -100 to 100.', 'en', false, timestamptz '2026-01-01 00:00:00+00');
insert into question (id, set_version_id, position, key, type, dimension, reverse_scored, text, choices, scale_labels) values
    ('2043667c-9dd6-51cd-a580-83baea55fbec', 'cefa2c20-4202-50d2-a3cb-a498bf63283d', 1, 'enps', 'scale_0_10', 'enps', false,
     cast('{"en": "How likely are you to recommend this organisation as a place to work to a friend?", "de": "Wie wahrscheinlich ist es, dass Sie diese Organisation einer Freundin oder einem Freund als Arbeitgeber empfehlen?"}' as jsonb),
     null, cast('{"low": {"en": "Not at all likely", "de": "Sehr unwahrscheinlich"}, "high": {"en": "Extremely likely", "de": "Sehr wahrscheinlich"}}' as jsonb));

insert into question_set (id, name, builtin_key, archived, current_version, created_at, version)
values ('075279da-abf0-5cf7-861a-4d94045ccd34', 'Transparency and predictability', 'transparency', false, 1, timestamptz '2026-01-01 00:00:00+00', 0);
insert into question_set_version (id, set_id, number, name, description, default_locale, used, created_at)
values ('3a93cef3-3198-5a14-a499-82a9fb5d5216', '075279da-abf0-5cf7-861a-4d94045ccd34', 1, 'Transparency and predictability', 'Written for pulsecheck. Answers 1 (strongly disagree) to 5 (strongly agree); the index is the mean rescaled to 0-100.', 'en', false, timestamptz '2026-01-01 00:00:00+00');
insert into question (id, set_version_id, position, key, type, dimension, reverse_scored, text, choices, scale_labels) values
    ('9fc63b4b-824d-5065-90fa-7d08c54e190a', '3a93cef3-3198-5a14-a499-82a9fb5d5216', 1, 'transparency_1', 'scale_1_5', 'transparency', false,
     cast('{"en": "I know what is expected of me in the coming weeks.", "de": "Ich weiß, was in den kommenden Wochen von mir erwartet wird."}' as jsonb),
     null, cast('{"low": {"en": "Strongly disagree", "de": "Stimme gar nicht zu"}, "high": {"en": "Strongly agree", "de": "Stimme voll zu"}}' as jsonb)),
    ('e9af227f-0bd0-5864-ab7c-1d4a56bc5934', '3a93cef3-3198-5a14-a499-82a9fb5d5216', 2, 'transparency_2', 'scale_1_5', 'transparency', false,
     cast('{"en": "I understand the reasons behind recent decisions that affect my work.", "de": "Ich verstehe die Gründe für die jüngsten Entscheidungen, die meine Arbeit betreffen."}' as jsonb),
     null, cast('{"low": {"en": "Strongly disagree", "de": "Stimme gar nicht zu"}, "high": {"en": "Strongly agree", "de": "Stimme voll zu"}}' as jsonb)),
    ('15ce5fee-1a2c-564f-9eb5-fc07735a6860', '3a93cef3-3198-5a14-a499-82a9fb5d5216', 3, 'transparency_3', 'scale_1_5', 'transparency', false,
     cast('{"en": "I hear about changes that affect me early enough.", "de": "Ich erfahre früh genug von Veränderungen, die mich betreffen."}' as jsonb),
     null, cast('{"low": {"en": "Strongly disagree", "de": "Stimme gar nicht zu"}, "high": {"en": "Strongly agree", "de": "Stimme voll zu"}}' as jsonb)),
    ('44becee4-9661-55b0-ae5e-153d828cc8d6', '3a93cef3-3198-5a14-a499-82a9fb5d5216', 4, 'transparency_4', 'scale_1_5', 'transparency', false,
     cast('{"en": "When something is still uncertain, I am told what is known and what is not known yet.", "de": "Wenn etwas noch unsicher ist, wird mir gesagt, was bekannt ist und was noch nicht."}' as jsonb),
     null, cast('{"low": {"en": "Strongly disagree", "de": "Stimme gar nicht zu"}, "high": {"en": "Strongly agree", "de": "Stimme voll zu"}}' as jsonb)),
    ('3721437d-e53f-57e9-9612-22941d0c9865', '3a93cef3-3198-5a14-a499-82a9fb5d5216', 5, 'transparency_5', 'scale_1_5', 'transparency', true,
     cast('{"en": "Changes at work often take me by surprise.", "de": "Veränderungen bei der Arbeit überraschen mich oft."}' as jsonb),
     null, cast('{"low": {"en": "Strongly disagree", "de": "Stimme gar nicht zu"}, "high": {"en": "Strongly agree", "de": "Stimme voll zu"}}' as jsonb));

insert into question_set (id, name, builtin_key, archived, current_version, created_at, version)
values ('cb314e3d-0190-5a75-b635-0007a377326a', 'Trust in leadership', 'trust-in-leadership', false, 1, timestamptz '2026-01-01 00:00:00+00', 0);
insert into question_set_version (id, set_id, number, name, description, default_locale, used, created_at)
values ('25b0c802-e78b-58c8-be9c-80d9a1f72ac4', 'cb314e3d-0190-5a75-b635-0007a377326a', 1, 'Trust in leadership', 'Written for pulsecheck. Answers 1 (strongly disagree) to 5 (strongly agree); item 5 is reverse-scored; the index is the mean rescaled to 0-100.', 'en', false, timestamptz '2026-01-01 00:00:00+00');
insert into question (id, set_version_id, position, key, type, dimension, reverse_scored, text, choices, scale_labels) values
    ('0f122f16-b0f2-5dd0-a5cb-8e814c5acd32', '25b0c802-e78b-58c8-be9c-80d9a1f72ac4', 1, 'trust_1', 'scale_1_5', 'trust', false,
     cast('{"en": "My team lead keeps the commitments they make.", "de": "Meine Führungskraft hält ihre Zusagen ein."}' as jsonb),
     null, cast('{"low": {"en": "Strongly disagree", "de": "Stimme gar nicht zu"}, "high": {"en": "Strongly agree", "de": "Stimme voll zu"}}' as jsonb)),
    ('d4753f7f-eedb-51c5-8d82-7eb68b83a4ef', '25b0c802-e78b-58c8-be9c-80d9a1f72ac4', 2, 'trust_2', 'scale_1_5', 'trust', false,
     cast('{"en": "I can raise a concern with my team lead without fearing negative consequences.", "de": "Ich kann Bedenken bei meiner Führungskraft ansprechen, ohne negative Folgen zu befürchten."}' as jsonb),
     null, cast('{"low": {"en": "Strongly disagree", "de": "Stimme gar nicht zu"}, "high": {"en": "Strongly agree", "de": "Stimme voll zu"}}' as jsonb)),
    ('2a41b628-98b2-5982-8f5c-de9734309e14', '25b0c802-e78b-58c8-be9c-80d9a1f72ac4', 3, 'trust_3', 'scale_1_5', 'trust', false,
     cast('{"en": "My team lead tells us the truth, even when it is unwelcome.", "de": "Meine Führungskraft sagt uns die Wahrheit, auch wenn sie unbequem ist."}' as jsonb),
     null, cast('{"low": {"en": "Strongly disagree", "de": "Stimme gar nicht zu"}, "high": {"en": "Strongly agree", "de": "Stimme voll zu"}}' as jsonb)),
    ('8e34b7ed-2254-58cc-93f7-bb2d55d26551', '25b0c802-e78b-58c8-be9c-80d9a1f72ac4', 4, 'trust_4', 'scale_1_5', 'trust', false,
     cast('{"en": "My team lead takes my point of view into account.", "de": "Meine Führungskraft berücksichtigt meine Sichtweise."}' as jsonb),
     null, cast('{"low": {"en": "Strongly disagree", "de": "Stimme gar nicht zu"}, "high": {"en": "Strongly agree", "de": "Stimme voll zu"}}' as jsonb)),
    ('ad6e7438-0ec5-5eca-b407-95a2b2b51942', '25b0c802-e78b-58c8-be9c-80d9a1f72ac4', 5, 'trust_5', 'scale_1_5', 'trust', true,
     cast('{"en": "I sometimes hold back information from my team lead to protect myself.", "de": "Ich halte manchmal Informationen vor meiner Führungskraft zurück, um mich zu schützen."}' as jsonb),
     null, cast('{"low": {"en": "Strongly disagree", "de": "Stimme gar nicht zu"}, "high": {"en": "Strongly agree", "de": "Stimme voll zu"}}' as jsonb));

insert into question_set (id, name, builtin_key, archived, current_version, created_at, version)
values ('a159dbb5-8693-5f95-9dda-1a9950e02469', 'Weekly pulse', 'weekly-pulse', false, 1, timestamptz '2026-01-01 00:00:00+00', 0);
insert into question_set_version (id, set_id, number, name, description, default_locale, used, created_at)
values ('68a2a759-6827-502a-b5a5-d94e1ee3a730', 'a159dbb5-8693-5f95-9dda-1a9950e02469', 1, 'Weekly pulse', 'Written for pulsecheck: five quick, mixed items for a weekly check-in.', 'en', false, timestamptz '2026-01-01 00:00:00+00');
insert into question (id, set_version_id, position, key, type, dimension, reverse_scored, text, choices, scale_labels) values
    ('b35b420f-2bd4-5981-b71c-07e2533610bd', '68a2a759-6827-502a-b5a5-d94e1ee3a730', 1, 'pulse_mood', 'scale_1_5', 'wellbeing', false,
     cast('{"en": "How have you been feeling at work this week?", "de": "Wie hast du dich diese Woche bei der Arbeit gefühlt?"}' as jsonb),
     null, cast('{"low": {"en": "Very bad", "de": "Sehr schlecht"}, "high": {"en": "Very good", "de": "Sehr gut"}}' as jsonb)),
    ('bd50b2cd-24b8-5668-8465-fb93e78322c5', '68a2a759-6827-502a-b5a5-d94e1ee3a730', 2, 'pulse_stress', 'scale_1_5', 'stress', false,
     cast('{"en": "How stressed did you feel this week?", "de": "Wie gestresst hast du dich diese Woche gefühlt?"}' as jsonb),
     null, cast('{"low": {"en": "Not at all", "de": "Gar nicht"}, "high": {"en": "Very stressed", "de": "Sehr gestresst"}}' as jsonb)),
    ('2ee22f14-4488-5118-9535-3d23934a4158', '68a2a759-6827-502a-b5a5-d94e1ee3a730', 3, 'pulse_workload', 'single_choice', 'workload', false,
     cast('{"en": "How was your workload this week?", "de": "Wie war deine Arbeitsbelastung diese Woche?"}' as jsonb),
     cast('[{"value": "too_low", "label": {"en": "Too low", "de": "Zu niedrig"}}, {"value": "about_right", "label": {"en": "About right", "de": "Genau richtig"}}, {"value": "too_high", "label": {"en": "Too high", "de": "Zu hoch"}}]' as jsonb), null),
    ('eca7d256-5694-561b-9aa0-9826214a4b29', '68a2a759-6827-502a-b5a5-d94e1ee3a730', 4, 'pulse_priorities', 'yes_no', 'transparency', false,
     cast('{"en": "Do you know the most important priorities for next week?", "de": "Kennst du die wichtigsten Prioritäten für nächste Woche?"}' as jsonb),
     null, null),
    ('8fb500a2-f039-54b4-8a50-99977b62513e', '68a2a759-6827-502a-b5a5-d94e1ee3a730', 5, 'pulse_recognition', 'yes_no', 'recognition', false,
     cast('{"en": "Did someone recognise your work this week?", "de": "Hat diese Woche jemand deine Arbeit anerkannt?"}' as jsonb),
     null, null);
