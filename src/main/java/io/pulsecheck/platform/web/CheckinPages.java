package io.pulsecheck.platform.web;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response.Status;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.conversation.Commands;
import io.pulsecheck.digest.LeaderActions;
import io.pulsecheck.platform.AnswerOption;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.platform.PromptMessages;
import io.pulsecheck.replies.ReplyToken;
import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionType;
import io.pulsecheck.responses.OpenCycleQuestions;
import io.pulsecheck.responses.Receipt;
import io.pulsecheck.responses.SealingService;
import io.pulsecheck.responses.Submission;
import io.pulsecheck.schedule.Audience;
import io.pulsecheck.schedule.Cycle;
import io.pulsecheck.teams.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * The web check-in behind a personal link: the form, its submission (sealed exactly like a chat answer, by
 * {@link SealingService}), and the settings a chat command would change. Every refusal is a page that says why, and
 * writes nothing. Nothing here logs: a link names a person, and the form carries answers.
 */
@ApplicationScoped
public class CheckinPages {

    /** Form field of a question's answer: the prefix and the question id. */
    static final String QUESTION_FIELD = "q-";
    static final String COMMENT_FIELD = "comment";
    /** The checkbox beside the comment that asks for replies. */
    static final String REPLIES_FIELD = "replies";
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Inject
    LinkTokens tokens;

    @Inject
    Clock clock;

    @Inject
    SealingService sealing;

    @Inject
    OpenCycleQuestions cycleQuestions;

    @Inject
    LeaderActions leaderActions;

    @Inject
    Commands commands;

    @Location("checkin/form.html")
    Template form;

    @Location("checkin/message.html")
    Template message;

    /** A rendered page with its HTTP status and language. */
    record Page(int status, String lang, String html) {
    }

    /** The form, or the page that says why the link cannot be used. */
    public Page show(String token) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Checked checked = check(token, LinkToken.Purpose.CHECKIN);
            if (checked.refusal() != null) {
                return checked.refusal();
            }
            return renderForm(checked.person(), checked.token(), checked.cycle());
        });
    }

    /** Seals the submitted form; a refused submission rolls back whole, so nothing is written. */
    public Page submit(String token, MultivaluedMap<String, String> fields) {
        Checked checked = QuarkusTransaction.requiringNew().call(() -> check(token, LinkToken.Purpose.CHECKIN));
        if (checked.refusal() != null) {
            return checked.refusal();
        }
        String lang = UserLocale.resolve(checked.person().locale);
        WebMessages m = UserLocale.bundle(WebMessages.class, lang);
        UUID cycleId = checked.token().cycleId();
        UUID personId = checked.token().personId();
        String comment = fields.getFirst(COMMENT_FIELD);
        // The code is generated here and shown only on this response: it is never stored, queued or logged.
        ReplyToken reply = "yes".equals(fields.getFirst(REPLIES_FIELD)) && comment != null && !comment.isBlank()
                ? ReplyToken.generate() : null;
        SealingService.Outcome outcome;
        try {
            outcome = QuarkusTransaction.requiringNew().call(() -> sealing.seal(
                    new Submission(cycleId, personId, answers(cycleQuestions.of(cycleId), fields), comment,
                            reply == null ? null : reply.digest())));
        } catch (ApiException e) {
            return refusalFor(e, lang, m, checked.link());
        }
        if (outcome != SealingService.Outcome.SEALED) {
            return page(200, lang, m.answeredTitle(), m.answered(), null, null);
        }
        String html = message.data("view", new CheckinViews.Message(lang, m.thanksTitle(), m.thanks(), null, null,
                reply == null ? null : reply.token())).setLocale(Locale.forLanguageTag(lang)).render();
        return new Page(200, lang, html);
    }

    /** The settings page a mail's {@code List-Unsubscribe} opens (either kind of link). */
    public Page preferences(String token) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Checked checked = check(token, null);
            if (checked.refusal() != null) {
                return checked.refusal();
            }
            String lang = UserLocale.resolve(checked.person().locale);
            WebMessages m = UserLocale.bundle(WebMessages.class, lang);
            return page(200, lang, m.preferencesHeading(), "", null, settings(checked.person(), token));
        });
    }

    /**
     * Carries out pause, stop, resume or language with the same commands as the chat, then shows what changed.
     * {@code action} is the button pressed; anything else is a 400 page and changes nothing.
     */
    public Page changeSettings(String token, MultivaluedMap<String, String> fields) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Checked checked = check(token, null);
            if (checked.refusal() != null) {
                return checked.refusal();
            }
            Person person = checked.person();
            String action = fields.getFirst("action");
            Optional<Commands.Command> command = switch (action == null ? "" : action) {
                case "pause" -> Commands.of("pause", fields.getFirst("days"));
                case "stop", "resume" -> Commands.of(action, null);
                case "language" -> Commands.of("language", fields.getFirst("language"));
                default -> Optional.empty();
            };
            String before = UserLocale.resolve(person.locale);
            if (command.isEmpty()) {
                WebMessages m = UserLocale.bundle(WebMessages.class, before);
                return page(400, before, m.rejectedTitle(), m.rejected(), checked.link(), null);
            }
            commands.execute(person, command.get());
            String lang = UserLocale.resolve(person.locale);
            WebMessages m = UserLocale.bundle(WebMessages.class, lang);
            String text = switch (command.get().name()) {
                case "pause" -> m.paused(person.pausedUntil.toString());
                case "stop" -> m.stopped();
                case "resume" -> m.resumed();
                default -> m.languageChanged();
            };
            return page(200, lang, m.savedTitle(), text, checked.link(), settings(person, token));
        });
    }

    /** RFC 8058 one-click unsubscribe: the mail client posts, and the person stops getting check-ins. */
    public Page unsubscribe(String token) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Checked checked = check(token, null);
            if (checked.refusal() != null) {
                return checked.refusal();
            }
            commands.execute(checked.person(), new Commands.Command("stop", null));
            String lang = UserLocale.resolve(checked.person().locale);
            WebMessages m = UserLocale.bundle(WebMessages.class, lang);
            return page(200, lang, m.savedTitle(), m.stopped(), null, settings(checked.person(), token));
        });
    }

    /** A verified link with its person and, for a check-in, its open cycle; or the page that refuses it. */
    private record Checked(LinkToken token, Person person, Cycle cycle, String link, Page refusal) {

        static Checked refused(Page page) {
            return new Checked(null, null, null, null, page);
        }
    }

    /**
     * Signature, expiry, person, then (check-in links) the cycle: open, and the person invited to it. A check-in
     * link also opens the settings; {@code purpose} null accepts both kinds.
     */
    private Checked check(String token, LinkToken.Purpose purpose) {
        WebMessages en = UserLocale.bundle(WebMessages.class, UserLocale.DEFAULT);
        LinkTokens.Verified verified = tokens.verify(token);
        if (verified.refusal() == LinkTokens.Refusal.FORGED
                || (purpose != null && verified.token().purpose() != purpose)) {
            return Checked.refused(page(404, UserLocale.DEFAULT, en.invalidTitle(), en.invalid(), null, null));
        }
        LinkToken link = verified.token();
        Person person = Person.findById(link.personId());
        if (person == null || person.status == Person.Status.erased) {
            return Checked.refused(page(404, UserLocale.DEFAULT, en.invalidTitle(), en.invalid(), null, null));
        }
        String lang = UserLocale.resolve(person.locale);
        WebMessages m = UserLocale.bundle(WebMessages.class, lang);
        if (verified.refusal() == LinkTokens.Refusal.EXPIRED) {
            return Checked.refused(page(410, lang, m.expiredTitle(), m.expired(), null, null));
        }
        String self = "/checkin/" + token;
        if (link.purpose() != LinkToken.Purpose.CHECKIN) {
            return new Checked(link, person, null, null, null);
        }
        // The same checks as sealing, without throwing: an exception through a transactional method would mark
        // this read-only transaction for rollback.
        Cycle cycle = Cycle.findById(link.cycleId());
        if (cycle == null || !cycle.isOpenAt(clock.instant())) {
            return Checked.refused(page(410, lang, m.expiredTitle(), m.expired(), null, null));
        }
        if (!isInvited(cycle.id, person.id)) {
            return Checked.refused(page(403, lang, m.notYoursTitle(), m.notYours(), null, null));
        }
        if (Receipt.exists(cycle.id, person.id)) {
            return Checked.refused(page(200, lang, m.answeredTitle(), m.answered(), null, null));
        }
        return new Checked(link, person, cycle, self, null);
    }

    /** Whether the person was invited when the cycle opened (the invited set is frozen then). */
    private static boolean isInvited(UUID cycleId, UUID personId) {
        Number invited = (Number) Cycle.getEntityManager().createNativeQuery(
                "select count(*) from cycle_invitation where cycle_id = :cycle and person_id = :person")
                .setParameter("cycle", cycleId).setParameter("person", personId).getSingleResult();
        return invited.intValue() > 0;
    }

    private Page refusalFor(ApiException e, String lang, WebMessages m, String back) {
        int status = e.problem().status();
        if (status == Status.GONE.getStatusCode() || status == Status.NOT_FOUND.getStatusCode()) {
            return page(410, lang, m.expiredTitle(), m.expired(), null, null);
        }
        if (status == Status.FORBIDDEN.getStatusCode()) {
            return page(403, lang, m.notYoursTitle(), m.notYours(), null, null);
        }
        return page(400, lang, m.rejectedTitle(), m.rejected(), back, null);
    }

    private Page renderForm(Person person, LinkToken link, Cycle cycle) {
        String lang = UserLocale.resolve(person.locale);
        PromptMessages wording = ChatPlatforms.messages(lang);
        List<CheckinViews.QuestionView> questions = new ArrayList<>();
        for (Question question : cycleQuestions.of(cycle.id)) {
            String name = QUESTION_FIELD + question.id;
            List<CheckinViews.Option> options = new ArrayList<>();
            List<AnswerOption> answerOptions = AnswerOption.of(question, person.locale, wording);
            for (int i = 0; i < answerOptions.size(); i++) {
                AnswerOption option = answerOptions.get(i);
                options.add(new CheckinViews.Option(name + "-" + i, option.value(), option.label()));
            }
            questions.add(new CheckinViews.QuestionView(name, question.textIn(person.locale),
                    question.type == QuestionType.FREE_TEXT, options));
        }
        List<String> actions = leaderActions.announcedIn(cycle.id).stream().map(action -> action.description)
                .toList();
        String self = "/checkin/" + tokens.sign(link);
        // A leaders' check-in is with the fellow leaders; its cycle's team only names their cohort.
        String with = cycle.audience == Audience.leaders ? ChatPlatforms.messages(lang).fellowLeaders()
                : cycle.team.name;
        CheckinViews.Form view = new CheckinViews.Form(lang, self, self + "/preferences", with,
                UNTIL.format(link.expiresAt()), cycle.kThreshold, questions, actions,
                settings(person, tokens.sign(link)));
        String html = form.data("view", view).setLocale(Locale.forLanguageTag(lang)).render();
        return new Page(200, lang, html);
    }

    private static CheckinViews.Settings settings(Person person, String token) {
        return new CheckinViews.Settings("/checkin/" + token + "/preferences",
                person.status == Person.Status.opted_out, UserLocale.resolve(person.locale));
    }

    private Page page(int status, String lang, String title, String text, String back, CheckinViews.Settings settings) {
        String html = message.data("view", new CheckinViews.Message(lang, title, text, back, settings))
                .setLocale(Locale.forLanguageTag(lang)).render();
        return new Page(status, lang, html);
    }

    /** Every question of the cycle with its field's value; a missing or empty field skips the question. */
    private static List<Submission.RawAnswer> answers(List<Question> questions, MultivaluedMap<String, String> fields) {
        List<Submission.RawAnswer> answers = new ArrayList<>();
        for (Question question : questions) {
            String field = QUESTION_FIELD + question.id;
            List<String> values = fields.get(field);
            if (values == null || values.isEmpty()) {
                continue;
            }
            if (values.size() > 1) {
                throw ApiException.invalid(field, "must be given once");
            }
            answers.add(new Submission.RawAnswer(question.id, values.get(0), field));
        }
        return answers;
    }
}
