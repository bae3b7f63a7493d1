package io.pulsecheck.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.questions.Question;
import io.pulsecheck.responses.AnswerValue;
import io.pulsecheck.responses.Receipt;
import io.pulsecheck.responses.SealingService;
import io.pulsecheck.responses.Submission;
import io.pulsecheck.schedule.Cycle;
import io.pulsecheck.schedule.CycleQuestion;
import io.pulsecheck.teams.Person;

/**
 * The one-question-at-a-time conversation for platforms without forms: button presses or typed answers, "skip", an
 * optional closing comment, then sealing. Progress lives in {@link Conversation} until the submission is sealed.
 */
@ApplicationScoped
public class ConversationFlow {

    /** The pseudo question of the closing step; its button submits, typed text there is the comment. */
    public static final String SUBMIT = "submit";

    @Inject
    Clock clock;

    @Inject
    SealingService sealing;

    @Inject
    ConversationStates states;

    /**
     * A button press: {@code questionKey} is a question id of the cycle or {@link #SUBMIT}; {@code value} a stored
     * value or {@code skip}. A value the question does not accept is refused with 400.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Step press(UUID cycleId, Person person, PlatformId channel, String questionKey, String value) {
        Cycle cycle = sealing.openCycleFor(cycleId, person.id);
        if (Receipt.exists(cycle.id, person.id)) {
            Conversation.deleteOf(cycle.id, person.id);
            return new Step.Done(cycle.id, SealingService.Outcome.ALREADY_ANSWERED);
        }
        Conversation conversation = conversationFor(cycle.id, person, channel);
        List<Question> questions = CycleQuestion.questionsOf(cycle.id);
        if (SUBMIT.equals(questionKey)) {
            return seal(conversation, questions, null);
        }
        int index = indexOf(questions, questionKey);
        if (index < 0) {
            throw ApiException.invalid("context.question", "is not a question of this check-in");
        }
        Question question = questions.get(index);
        if (!SealingService.isSkip(value) && AnswerValue.parse(question, value).isEmpty()) {
            throw ApiException.invalid("context.value", "is not a valid answer to this question");
        }
        return advance(conversation, questions, index, SealingService.isSkip(value) ? null : value.strip());
    }

    /**
     * A typed message outside of commands: the answer to the current question, the closing comment, or the start
     * of a conversation when the person has an unanswered open check-in.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Step typed(Person person, PlatformId channel, String text) {
        Optional<Conversation> open = openConversation(person.id);
        if (open.isEmpty()) {
            Optional<Cycle> cycle = unansweredCycle(person.id);
            if (cycle.isEmpty()) {
                return new Step.NothingOpen();
            }
            Conversation started = conversationFor(cycle.get().id, person, channel);
            return stepAt(started, CycleQuestion.questionsOf(started.cycleId), false);
        }
        Conversation conversation = open.get();
        List<Question> questions = CycleQuestion.questionsOf(conversation.cycleId);
        int position = states.read(conversation).position();
        if (position >= questions.size()) {
            return seal(conversation, questions, SealingService.isSkip(text) ? null : text);
        }
        Question question = questions.get(position);
        if (SealingService.isSkip(text)) {
            return advance(conversation, questions, position, null);
        }
        Optional<AnswerValue> value = AnswerValue.parseTyped(question, text);
        if (value.isEmpty()) {
            return stepAt(conversation, questions, true);
        }
        return advance(conversation, questions, position, storedForm(value.get()));
    }

    private Step advance(Conversation conversation, List<Question> questions, int index, String raw) {
        states.write(conversation,
                states.read(conversation).answered(questions.get(index).id.toString(), raw, index + 1));
        conversation.updatedAt = clock.instant();
        return stepAt(conversation, questions, false);
    }

    private Step stepAt(Conversation conversation, List<Question> questions, boolean retry) {
        int position = states.read(conversation).position();
        if (position >= questions.size()) {
            return new Step.AskComment(conversation.cycleId);
        }
        return new Step.Ask(conversation.cycleId, questions.get(position), position + 1, questions.size(), retry);
    }

    private Step seal(Conversation conversation, List<Question> questions, String comment) {
        List<Submission.RawAnswer> answers = new ArrayList<>();
        for (Map.Entry<String, String> entry : states.read(conversation).answers().entrySet()) {
            answers.add(new Submission.RawAnswer(UUID.fromString(entry.getKey()), entry.getValue(), "answers"));
        }
        SealingService.Outcome outcome = sealing.seal(
                new Submission(conversation.cycleId, conversation.personId, answers, comment));
        return new Step.Done(conversation.cycleId, outcome);
    }

    private Conversation conversationFor(UUID cycleId, Person person, PlatformId channel) {
        Optional<Conversation> existing = Conversation.of(cycleId, person.id);
        if (existing.isPresent()) {
            return existing.get();
        }
        // A double click may start the same conversation twice at once: the unique key keeps one, both go on with it.
        Conversation.getEntityManager().createNativeQuery("""
                insert into conversation (id, cycle_id, person_id, channel, sealed_state, updated_at)
                values (:id, :cycle, :person, :channel, :state, :now)
                on conflict (cycle_id, person_id) do nothing""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("cycle", cycleId)
                .setParameter("person", person.id)
                .setParameter("channel", channel.wireName())
                .setParameter("state", states.seal(cycleId, person.id, ConversationState.START))
                .setParameter("now", clock.instant())
                .executeUpdate();
        return Conversation.of(cycleId, person.id).orElseThrow();
    }

    private Optional<Conversation> openConversation(UUID personId) {
        return Conversation.find("""
                select c from Conversation c, Cycle y
                where c.cycleId = y.id and c.personId = ?1 and y.status = ?2 and y.closesAt > ?3
                order by y.cycleDate desc""", personId, Cycle.Status.open, clock.instant())
                .firstResultOptional();
    }

    private Optional<Cycle> unansweredCycle(UUID personId) {
        return Cycle.find("""
                select y from Cycle y join y.team t join t.members m
                where m.id = ?1 and y.status = ?2 and y.closesAt > ?3
                  and not exists (select r from Receipt r where r.id.cycleId = y.id and r.id.personId = ?1)
                order by y.cycleDate desc""", personId, Cycle.Status.open, clock.instant())
                .firstResultOptional();
    }

    private static int indexOf(List<Question> questions, String questionKey) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id.toString().equals(questionKey)) {
                return i;
            }
        }
        return -1;
    }

    private static String storedForm(AnswerValue value) {
        if (value.value() != null) {
            return value.value().toString();
        }
        return value.choice() != null ? value.choice() : value.text();
    }
}
