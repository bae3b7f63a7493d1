package io.pulsecheck.conversation;

import java.util.stream.Collectors;

import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.questions.LocalizedText;
import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionType;
import io.pulsecheck.responses.SealingService;

/** Renders a conversation step as plain chat text, for platforms answered by typing. */
public final class StepText {

    private StepText() {
    }

    /** The conversation wording in the locale's language ({@link UserLocale}). */
    public static ConversationMessages messages(String locale) {
        return UserLocale.bundle(ConversationMessages.class, locale);
    }

    public static String render(Step step, String locale) {
        ConversationMessages messages = messages(locale);
        if (step instanceof Step.Ask ask) {
            return (ask.retry() ? messages.notUnderstood() + "\n" : "")
                    + questionLine(ask, locale) + "\n" + hint(ask.question(), locale);
        }
        if (step instanceof Step.AskComment) {
            return messages.comment();
        }
        if (step instanceof Step.Done done) {
            return done.outcome() == SealingService.Outcome.SEALED ? messages.thanks() : messages.alreadyAnswered();
        }
        return messages.nothingOpen();
    }

    static String questionLine(Step.Ask ask, String locale) {
        return messages(locale).question(ask.number(), ask.total(), ask.question().textIn(locale));
    }

    public static String hint(Question question, String locale) {
        ConversationMessages messages = messages(locale);
        QuestionType type = question.type;
        if (type == QuestionType.FREE_TEXT) {
            return messages.textHint();
        }
        if (type == QuestionType.SINGLE_CHOICE) {
            String choices = question.choices == null ? "" : question.choices.stream()
                    .map(choice -> LocalizedText.pick(choice.label(), locale))
                    .collect(Collectors.joining(", "));
            return messages.choiceHint(choices);
        }
        if (type == QuestionType.YES_NO) {
            return messages.choiceHint(messages.yes() + ", " + messages.no());
        }
        String hint = messages.scaleHint(type.min, type.max);
        if (question.scaleLabels != null) {
            hint += " (" + type.min + " = " + LocalizedText.pick(question.scaleLabels.low(), locale) + ", "
                    + type.max + " = " + LocalizedText.pick(question.scaleLabels.high(), locale) + ")";
        }
        return hint;
    }
}
