-- Built-in question set "Psychological safety and fear" (dimension safety), written for pulsecheck in English and
-- German (no licensed wording; first-person statements, so the German needs neither "du" nor "Sie").
-- Items 3 and 4 are worded as fear and reverse-scored, so the safety index is higher when people feel safer
-- (docs/QUESTIONS.md).

insert into question_set (id, name, builtin_key, archived, current_version, created_at, version)
values ('0e1b8e98-e5dd-45dd-bb71-0287253e58ac', 'Psychological safety and fear', 'psychological-safety', false, 1, timestamptz '2026-11-26 00:00:00+00', 0);
insert into question_set_version (id, set_id, number, name, description, default_locale, used, created_at)
values ('fcf99a73-5c91-49c6-b5f3-ef2730bbb35a', '0e1b8e98-e5dd-45dd-bb71-0287253e58ac', 1, 'Psychological safety and fear', 'Written for pulsecheck. Speaking up, admitting mistakes, fear of consequences, fear about one''s job and support in difficult customer cases. Answers 1 (strongly disagree) to 5 (strongly agree); items 3 and 4 are reverse-scored; the safety index is the mean rescaled to 0-100, higher is safer.', 'en', false, timestamptz '2026-11-26 00:00:00+00');
insert into question (id, set_version_id, position, key, type, dimension, reverse_scored, text, choices, scale_labels) values
    ('46f77f27-ef85-4174-9624-e65b6a6c01cf', 'fcf99a73-5c91-49c6-b5f3-ef2730bbb35a', 1, 'safety_speak_up', 'scale_1_5', 'safety', false,
     cast('{"en": "In my team I can raise problems and disagree without having to worry about it.", "de": "In meinem Team kann ich Probleme ansprechen und widersprechen, ohne mir darüber Sorgen machen zu müssen."}' as jsonb),
     null, cast('{"low": {"en": "Strongly disagree", "de": "Stimme gar nicht zu"}, "high": {"en": "Strongly agree", "de": "Stimme voll zu"}}' as jsonb)),
    ('9fab9019-ef82-4ad4-985b-186e45d13394', 'fcf99a73-5c91-49c6-b5f3-ef2730bbb35a', 2, 'safety_mistakes', 'scale_1_5', 'safety', false,
     cast('{"en": "If I make a mistake at work, I can say so openly.", "de": "Wenn mir bei der Arbeit ein Fehler passiert, kann ich das offen sagen."}' as jsonb),
     null, cast('{"low": {"en": "Strongly disagree", "de": "Stimme gar nicht zu"}, "high": {"en": "Strongly agree", "de": "Stimme voll zu"}}' as jsonb)),
    ('16997d86-a1d7-4e4a-a6ed-10c6a3f90b3d', 'fcf99a73-5c91-49c6-b5f3-ef2730bbb35a', 3, 'safety_consequences', 'scale_1_5', 'safety', true,
     cast('{"en": "I keep concerns to myself because I fear negative consequences.", "de": "Ich behalte Bedenken für mich, weil ich negative Folgen befürchte."}' as jsonb),
     null, cast('{"low": {"en": "Strongly disagree", "de": "Stimme gar nicht zu"}, "high": {"en": "Strongly agree", "de": "Stimme voll zu"}}' as jsonb)),
    ('791cee8b-8aaf-4b1a-9b38-1049cda1a4e7', 'fcf99a73-5c91-49c6-b5f3-ef2730bbb35a', 4, 'safety_job_fear', 'scale_1_5', 'safety', true,
     cast('{"en": "I am worried about losing my job.", "de": "Ich mache mir Sorgen, meine Arbeitsstelle zu verlieren."}' as jsonb),
     null, cast('{"low": {"en": "Strongly disagree", "de": "Stimme gar nicht zu"}, "high": {"en": "Strongly agree", "de": "Stimme voll zu"}}' as jsonb)),
    ('9c6d683c-c551-4f7a-9411-7d9d185be051', 'fcf99a73-5c91-49c6-b5f3-ef2730bbb35a', 5, 'safety_support', 'scale_1_5', 'safety', false,
     cast('{"en": "When a difficult case with a customer goes wrong, I get support rather than blame.", "de": "Wenn ein schwieriger Fall mit einer Kundin oder einem Kunden schiefgeht, bekomme ich Unterstützung statt Schuldzuweisungen."}' as jsonb),
     null, cast('{"low": {"en": "Strongly disagree", "de": "Stimme gar nicht zu"}, "high": {"en": "Strongly agree", "de": "Stimme voll zu"}}' as jsonb));
