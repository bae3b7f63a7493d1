package io.pulsecheck.platform.conformance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pulsecheck.conversation.Step;
import io.pulsecheck.conversation.StepText;
import io.pulsecheck.platform.AnnouncedAction;
import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.LeaderPromptContent;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.platform.WebLink;
import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionType;

/**
 * The edge cases every platform's renderers must survive (issue 12), in English and German: 50-question rotations,
 * 20 choices with 200-character labels, emoji and right-to-left text, markup and mentions in every field HR, leaders
 * and members type, 16 comments of 1,900 characters, a 155-character team name and 12 leader actions of 500
 * characters. A platform's conformance test feeds its renderers every fixture and checks the result with its checker.
 */
public final class EdgeCaseContent {

    /** Markup and mentions of every platform; each must reach the reader as plain text. */
    public static final String HOSTILE = "Acceptance Chat <QA> & Co *bold* _it_ ~st~ `code` [link](https://evil.example)"
            + " <https://evil.example|click> @channel <!here> <users/all> # head";
    /** Emoji (with a joined family and a flag) and right-to-left text. */
    public static final String EMOJI_RTL = "👩‍👩‍👧‍👦 🇩🇪 😀 שלום עולם مرحبا بالعالم ✅";
    public static final List<String> LOCALES = List.of("en", "de");
    public static final int COMMENTS = 16;

    private EdgeCaseContent() {
    }

    /** One fixture: what it is (for the failure message) and the content. */
    public record Named<T>(String name, T content) {

        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Named<PromptContent>> prompts(PlatformId platform) {
        List<Named<PromptContent>> fixtures = new ArrayList<>();
        for (String locale : LOCALES) {
            ChatRecipient member = recipient(platform, locale);
            fixtures.add(named("ordinary " + locale, prompt(false, "Platform", member, ordinaryQuestions(), List.of())));
            fixtures.add(named("50-question rotation " + locale,
                    prompt(false, "Platform", member, manyQuestions(50), List.of())));
            fixtures.add(named("50-question rotation with 12 actions " + locale,
                    prompt(false, "Platform", member, manyQuestions(50), actions(12, 500))));
            fixtures.add(named("20 choices of 200 characters " + locale,
                    prompt(false, "Platform", member, List.of(choices(20, 200)), List.of())));
            fixtures.add(named("emoji and right-to-left " + locale,
                    prompt(false, EMOJI_RTL, member, List.of(emojiQuestion(), choices(3, 80)), actions(2, 100))));
            fixtures.add(named("markup in every field " + locale,
                    prompt(false, HOSTILE, member, hostileQuestions(), hostileActions())));
            fixtures.add(named("155-character team name " + locale,
                    prompt(false, longTeamName(), member, ordinaryQuestions(), List.of())));
            fixtures.add(named("12 leader actions of 500 characters " + locale,
                    prompt(false, "Platform", member, ordinaryQuestions(), actions(12, 500))));
            fixtures.add(named("reminder with markup " + locale,
                    prompt(true, HOSTILE, member, hostileQuestions(), List.of())));
        }
        return fixtures;
    }

    public static List<Named<LeaderPromptContent>> leaderPrompts(PlatformId platform) {
        List<Named<LeaderPromptContent>> fixtures = new ArrayList<>();
        for (String locale : LOCALES) {
            ChatRecipient leader = recipient(platform, locale);
            fixtures.add(named("ordinary " + locale, leaderPrompt("Platform", leader, ordinaryQuestions())));
            fixtures.add(named("50 long questions " + locale, leaderPrompt("Platform", leader, longQuestions(50))));
            fixtures.add(named("markup in every field " + locale, leaderPrompt(HOSTILE, leader, hostileQuestions())));
            fixtures.add(named("155-character team name " + locale,
                    leaderPrompt(longTeamName(), leader, ordinaryQuestions())));
            fixtures.add(named("emoji and right-to-left " + locale,
                    leaderPrompt(EMOJI_RTL, leader, List.of(emojiQuestion()))));
        }
        return fixtures;
    }

    public static List<Named<LeaderCard>> leaderCards() {
        List<Named<LeaderCard>> fixtures = new ArrayList<>();
        for (String locale : LOCALES) {
            boolean de = locale.equals("de");
            fixtures.add(named("digest with 16 comments of 1,900 characters " + locale,
                    digest("Platform", comments(COMMENTS, 1900), List.of("Share the roadmap"), PUBLIC_CHART, de)));
            fixtures.add(named("digest with 16 plain comments of 1,900 characters " + locale,
                    digest("Platform", plainComments(COMMENTS, 1900), List.of("Share the roadmap"), PUBLIC_CHART, de)));
            fixtures.add(named("digest with 12 open actions of 500 characters " + locale,
                    digest("Platform", List.of("Fine."), texts(12, 500, "Action"), PUBLIC_CHART, de)));
            fixtures.add(named("digest with comments and actions at once " + locale,
                    digest("Platform", comments(COMMENTS, 1900), texts(12, 500, "Action"), PUBLIC_CHART, de)));
            fixtures.add(named("digest with markup in every field " + locale,
                    digest(HOSTILE, List.of(HOSTILE, EMOJI_RTL), List.of(HOSTILE), PUBLIC_CHART, de)));
            fixtures.add(named("digest with a 155-character team name " + locale,
                    digest(longTeamName(), List.of("Fine."), List.of(), PUBLIC_CHART, de)));
            fixtures.add(named("digest with a private chart URL " + locale,
                    digest("Platform", List.of("Fine."), List.of(), "http://localhost:8080/charts/t/trend.png", de)));
            fixtures.add(named("alert with markup " + locale, alert(HOSTILE, de)));
        }
        return fixtures;
    }

    /** Conversation replies as the typed flow words them; they quote HR's questions and choices. */
    public static List<Named<String>> replies() {
        List<Named<String>> fixtures = new ArrayList<>();
        for (String locale : LOCALES) {
            for (Question question : hostileQuestions()) {
                fixtures.add(named("ask " + question.type + " " + locale, StepText.render(
                        new Step.Ask(UUID.randomUUID(), question, 1, 3, false), locale)));
            }
            fixtures.add(named("ask 20 choices " + locale, StepText.render(
                    new Step.Ask(UUID.randomUUID(), choices(20, 200), 2, 50, true), locale)));
            fixtures.add(named("comment " + locale, StepText.render(new Step.AskComment(UUID.randomUUID()), locale)));
        }
        return fixtures;
    }

    /** The reply steps behind {@link #replies()}, for platforms that render steps with buttons. */
    public static List<Named<Step>> replySteps() {
        List<Named<Step>> fixtures = new ArrayList<>();
        for (Question question : hostileQuestions()) {
            fixtures.add(named("ask " + question.type, new Step.Ask(UUID.randomUUID(), question, 1, 3, false)));
        }
        fixtures.add(named("ask 20 choices", new Step.Ask(UUID.randomUUID(), choices(20, 200), 2, 50, true)));
        fixtures.add(named("ask emoji", new Step.Ask(UUID.randomUUID(), emojiQuestion(), 1, 1, false)));
        fixtures.add(named("comment", new Step.AskComment(UUID.randomUUID())));
        return fixtures;
    }

    public static final String PUBLIC_CHART = "https://pulse.example.com/charts/teams/1/trend.png?expires=1&sig=x";

    public static String longTeamName() {
        return repeat("Team Ünïcödé 😀 ", 155);
    }

    static ChatRecipient recipient(PlatformId platform, String locale) {
        return new ChatRecipient(UUID.randomUUID(), platform, "U" + locale.toUpperCase() + "123", locale);
    }

    private static PromptContent prompt(boolean reminder, String team, ChatRecipient member, List<Question> questions,
            List<AnnouncedAction> actions) {
        return new PromptContent(reminder, UUID.randomUUID(), LocalDate.of(2026, 11, 23), team, member, questions,
                actions);
    }

    /** The leader's signed dashboard link as digests and leader prompts carry it. */
    static final WebLink DASHBOARD = new WebLink("Open your dashboard",
            "https://pulse.example.com/dashboard/open?leader=7d4f0a52-9a51-4c0e-8a43-2f3c1b9e6d10&expires=1795000000&sig=AbC-dEf_123");

    private static LeaderPromptContent leaderPrompt(String team, ChatRecipient leader, List<Question> questions) {
        return new LeaderPromptContent(UUID.randomUUID(), LocalDate.of(2026, 11, 23), team, leader, questions,
                DASHBOARD, List.of());
    }

    private static LeaderCard digest(String team, List<String> comments, List<String> openActions, String chart,
            boolean de) {
        List<LeaderCard.Fact> facts = List.of(new LeaderCard.Fact(de ? "Wohlbefinden" : "Well-being", "62.4 ↓ -4.1 (55.1–69.7)"),
                new LeaderCard.Fact(de ? "Stress" : "Stress", "48.0 → +1.0 (41.2–54.8)"),
                new LeaderCard.Fact(de ? "Transparenz" : "Transparency", "not enough responses yet"),
                new LeaderCard.Fact("eNPS", "12.0"), new LeaderCard.Fact(de ? "Beteiligung" : "Participation", "80.0%"));
        List<LeaderCard.Section> sections = new ArrayList<>();
        if (!comments.isEmpty()) {
            sections.add(new LeaderCard.Section(de ? "Anonyme Kommentare" : "Anonymous comments", comments));
        }
        sections.add(new LeaderCard.Section(de ? "Vorgeschlagene Schritte" : "Suggested actions",
                List.of(de ? "Teilen Sie, was Sie wissen." : "Share what you know, even if it is incomplete.")));
        if (!openActions.isEmpty()) {
            sections.add(new LeaderCard.Section(de ? "Ihre offenen Maßnahmen" : "Your open actions", openActions));
        }
        return new LeaderCard(LeaderCard.Kind.DIGEST, (de ? "Wochenpuls: " : "Weekly pulse: ") + team,
                (de ? "Zyklus vom 2026-11-23, 12 Antworten" : "Cycle of 2026-11-23, 12 responses"), facts, chart,
                de ? "Verlauf" : "Trend of well-being, stress and transparency", sections, DASHBOARD);
    }

    private static LeaderCard alert(String team, boolean de) {
        return new LeaderCard(LeaderCard.Kind.ALERT, (de ? "Check-in-Warnung: " : "Check-in alert: ") + team,
                "Well-being dropped from 70.0 to 55.0 (beyond the confidence interval).", List.of(), PUBLIC_CHART,
                "Trend", List.of(new LeaderCard.Section(de ? "Vorgeschlagene Schritte" : "Suggested actions",
                        List.of(HOSTILE, "Hold an open Q&A."))), DASHBOARD);
    }

    static List<Question> ordinaryQuestions() {
        Question scale = question(QuestionType.SCALE_0_5, "I have felt cheerful and in good spirits",
                "Ich war froh und guter Laune");
        scale.scaleLabels = new Question.ScaleLabels(Map.of("en", "At no time", "de", "Zu keinem Zeitpunkt"),
                Map.of("en", "All of the time", "de", "Die ganze Zeit"));
        return List.of(scale, question(QuestionType.SCALE_0_10, "How likely are you to recommend us?",
                "Wie wahrscheinlich empfehlen Sie uns?"),
                question(QuestionType.YES_NO, "Do you know what is planned?", "Wissen Sie, was geplant ist?"),
                choices(4, 20), question(QuestionType.FREE_TEXT, "What would help?", "Was würde helfen?"));
    }

    static List<Question> manyQuestions(int count) {
        List<Question> questions = new ArrayList<>();
        List<Question> ordinary = ordinaryQuestions();
        for (int i = 0; i < count; i++) {
            Question q = question(ordinary.get(i % ordinary.size()).type, "Question " + (i + 1) + " with some words",
                    "Frage " + (i + 1) + " mit einigen Wörtern");
            q.choices = ordinary.get(i % ordinary.size()).choices;
            questions.add(q);
        }
        return questions;
    }

    static List<Question> longQuestions(int count) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            questions.add(question(QuestionType.SCALE_1_5, repeat("Long question " + i + " 😀 <&> ", 1000),
                    repeat("Lange Frage " + i + " 😀 <&> ", 1000)));
        }
        return questions;
    }

    static Question choices(int count, int labelLength) {
        Question q = question(QuestionType.SINGLE_CHOICE, "Which of these fits best? " + HOSTILE,
                "Was passt am besten? " + HOSTILE);
        List<Question.Choice> choices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String label = repeat("Choice " + i + " 👩‍👩‍👧‍👦 <b>&amp; ", labelLength);
            choices.add(new Question.Choice("c" + i, Map.of("en", label, "de", label)));
        }
        q.choices = choices;
        return q;
    }

    static Question emojiQuestion() {
        return question(QuestionType.SCALE_1_5, EMOJI_RTL + " How are you?", EMOJI_RTL + " Wie geht es Ihnen?");
    }

    static List<Question> hostileQuestions() {
        Question scale = question(QuestionType.SCALE_1_5, HOSTILE, HOSTILE);
        scale.scaleLabels = new Question.ScaleLabels(Map.of("en", HOSTILE, "de", HOSTILE), Map.of("en", "<!channel>"));
        Question choice = question(QuestionType.SINGLE_CHOICE, HOSTILE, HOSTILE);
        choice.choices = List.of(new Question.Choice("a", Map.of("en", HOSTILE)),
                new Question.Choice("b", Map.of("en", "@here <!everyone>")));
        return List.of(scale, choice, question(QuestionType.YES_NO, HOSTILE, HOSTILE),
                question(QuestionType.FREE_TEXT, HOSTILE, HOSTILE));
    }

    static List<AnnouncedAction> hostileActions() {
        return List.of(new AnnouncedAction(UUID.randomUUID(), HOSTILE + "\nsecond line\n- list", LocalDate.of(2026, 11, 20)),
                new AnnouncedAction(UUID.randomUUID(), EMOJI_RTL, LocalDate.of(2026, 11, 21)));
    }

    static List<AnnouncedAction> actions(int count, int length) {
        List<AnnouncedAction> actions = new ArrayList<>();
        for (String text : texts(count, length, "We did")) {
            actions.add(new AnnouncedAction(UUID.randomUUID(), text, LocalDate.of(2026, 11, 20)));
        }
        return actions;
    }

    /** Comments as people write them: words and punctuation, no markup. */
    static List<String> plainComments(int count, int length) {
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            comments.add(repeat("Comment " + (i + 1) + ": the last weeks were busy, and I would like to hear more "
                    + "about the plans for next year. ", length));
        }
        return comments;
    }

    /** One fixture by its name, e.g. "digest with 16 plain comments of 1,900 characters en". */
    public static <T> T named(List<Named<T>> fixtures, String name) {
        return fixtures.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No fixture " + name)).content();
    }

    static List<String> comments(int count, int length) {
        return texts(count, length, "Comment");
    }

    /** Texts of exactly {@code length} UTF-16 units with markup, emoji and right-to-left words in them. */
    static List<String> texts(int count, int length, String prefix) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(repeat(prefix + " " + (i + 1) + ": <!here> & *x* 😀 שלום ", length));
        }
        return texts;
    }

    private static Question question(QuestionType type, String en, String de) {
        Question q = new Question();
        q.id = UUID.randomUUID();
        q.type = type;
        q.key = "q" + q.id;
        q.dimension = "wellbeing";
        Map<String, String> text = new LinkedHashMap<>();
        text.put("en", en);
        text.put("de", de);
        q.text = text;
        return q;
    }

    /** The pattern repeated up to exactly {@code length} units; the cut may split an emoji, as typed input can. */
    private static String repeat(String pattern, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(pattern);
        }
        String cut = text.substring(0, length);
        return Character.isHighSurrogate(cut.charAt(cut.length() - 1)) ? cut.substring(0, length - 1) + "x" : cut;
    }

    private static <T> Named<T> named(String name, T content) {
        return new Named<>(name, content);
    }
}
