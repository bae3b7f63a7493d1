package io.pulsecheck.platform.mattermost;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.conversation.ConversationFlow;
import io.pulsecheck.conversation.ConversationMessages;
import io.pulsecheck.conversation.Step;
import io.pulsecheck.conversation.StepText;
import io.pulsecheck.platform.TextFit;
import io.pulsecheck.questions.LocalizedText;
import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionType;
import io.pulsecheck.teams.Person;

/**
 * Renders conversation steps as Mattermost messages with signed buttons, in the format of docs/CHAT-INTERACTIONS.md.
 */
@ApplicationScoped
public class MattermostReplies {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    MattermostButtons buttons;

    /** The body of an action response: the pressed post is replaced by the next step, its buttons bound to it. */
    public ObjectNode update(Step step, Person person, String postId) {
        ObjectNode update = JSON.objectNode();
        update.put("message", markdown(text(step, person.locale)));
        update.putObject("props").set("attachments", attachments(step, person, postId));
        ObjectNode body = JSON.objectNode();
        body.set("update", update);
        return body;
    }

    /**
     * The message text of a step. The closing step names the Submit button and {@code /pulse}, because on Mattermost
     * a comment cannot be typed into the direct message the way the typed flow asks for.
     */
    public String text(Step step, String locale) {
        if (step instanceof Step.AskComment) {
            return UserLocale.bundle(MattermostMessages.class, locale).commentButtons();
        }
        return StepText.render(step, locale);
    }

    /** The body of a slash command response: an ephemeral message, with buttons when a question is asked. */
    public ObjectNode ephemeral(String text, Step step, Person person) {
        ObjectNode body = JSON.objectNode().put("response_type", "ephemeral").put("text", markdown(text));
        if (step != null && person != null) {
            body.set("attachments", attachments(step, person, MattermostActionTokens.EPHEMERAL));
        }
        return body;
    }

    private ArrayNode attachments(Step step, Person person, String postId) {
        ArrayNode attachments = JSON.arrayNode();
        String locale = person.locale;
        ConversationMessages messages = StepText.messages(locale);
        if (step instanceof Step.Ask ask) {
            MattermostActionTokens.Binding binding = buttons.binding(postId, ask.cycleId(), person.id);
            // Free text cannot be a button: it is typed with the slash command.
            String hint = ask.question().type == QuestionType.FREE_TEXT
                    ? UserLocale.bundle(MattermostMessages.class, locale).textButtonsHint() : StepText.hint(ask.question(), locale);
            ObjectNode attachment = attachments.addObject().put("text", markdown(hint));
            ArrayNode actions = attachment.putArray("actions");
            Question question = ask.question();
            QuestionType type = question.type;
            if (type == QuestionType.YES_NO) {
                actions.add(button(1, messages.yes(), binding, question, "1"));
                actions.add(button(0, messages.no(), binding, question, "0"));
            } else if (type == QuestionType.SINGLE_CHOICE && question.choices != null) {
                for (int i = 0; i < question.choices.size(); i++) {
                    Question.Choice choice = question.choices.get(i);
                    actions.add(button(i, LocalizedText.pick(choice.label(), locale), binding,
                            question, choice.value()));
                }
            } else if (type.isNumeric()) {
                for (int value = type.min; value <= type.max; value++) {
                    actions.add(button(value, Integer.toString(value), binding, question,
                            Integer.toString(value)));
                }
            }
            actions.add(action(MattermostButtons.SKIP, messages.skip(), binding,
                    question.id.toString(), MattermostButtons.SKIP));
        } else if (step instanceof Step.AskComment comment) {
            ObjectNode attachment = attachments.addObject();
            attachment.putArray("actions").add(action("submit", messages.submit(),
                    buttons.binding(postId, comment.cycleId(), person.id), ConversationFlow.SUBMIT,
                    ConversationFlow.SUBMIT));
        }
        return attachments;
    }

    /** Replies quote HR's questions and choices, so the whole text is escaped and cut to what a post holds. */
    private static String markdown(String text) {
        return TextFit.truncate(MattermostText.escape(text), MattermostLimits.POST_TEXT);
    }

    private ObjectNode button(int index, String name, MattermostActionTokens.Binding binding, Question question,
            String value) {
        return action("a" + index, name, binding, question.id.toString(), value);
    }

    private ObjectNode action(String id, String name, MattermostActionTokens.Binding binding, String question,
            String value) {
        return buttons.button(id, MattermostText.plain(name), binding, question, value);
    }
}
