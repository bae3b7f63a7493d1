package io.pulsecheck.conversation;

import java.util.stream.Collectors;

import io.pulsecheck.questions.LocalizedText;
import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionType;
import io.pulsecheck.responses.SealingService;

/** Renders a conversation step as plain chat text, for platforms answered by typing. */
public final class StepText {

    private StepText() {
    }

    public static String render(Step step, String locale) {
        if (step instanceof Step.Ask ask) {
            return (ask.retry() ? Messages.get(Messages.NOT_UNDERSTOOD, locale) + "\n" : "")
                    + questionLine(ask, locale) + "\n" + hint(ask.question(), locale);
        }
        if (step instanceof Step.AskComment) {
            return Messages.get(Messages.COMMENT, locale);
        }
        if (step instanceof Step.Done done) {
            return done.outcome() == SealingService.Outcome.SEALED
                    ? Messages.get(Messages.THANKS, locale) : Messages.get(Messages.ALREADY_ANSWERED, locale);
        }
        return Messages.get(Messages.NOTHING_OPEN, locale);
    }

    public static String questionLine(Step.Ask ask, String locale) {
        return Messages.get(Messages.QUESTION, locale, ask.number(), ask.total(), ask.question().textIn(locale));
    }

    public static String hint(Question question, String locale) {
        QuestionType type = question.type;
        if (type == QuestionType.FREE_TEXT) {
            return Messages.get(Messages.TEXT_HINT, locale);
        }
        if (type == QuestionType.SINGLE_CHOICE) {
            String choices = question.choices == null ? "" : question.choices.stream()
                    .map(choice -> LocalizedText.pick(choice.label(), locale))
                    .collect(Collectors.joining(", "));
            return Messages.get(Messages.CHOICE_HINT, locale, choices);
        }
        if (type == QuestionType.YES_NO) {
            return Messages.get(Messages.CHOICE_HINT, locale,
                    Messages.get(Messages.YES, locale) + ", " + Messages.get(Messages.NO, locale));
        }
        String hint = Messages.get(Messages.SCALE_HINT, locale, type.min, type.max);
        if (question.scaleLabels != null) {
            hint += " (" + type.min + " = " + LocalizedText.pick(question.scaleLabels.low(), locale) + ", "
                    + type.max + " = " + LocalizedText.pick(question.scaleLabels.high(), locale) + ")";
        }
        return hint;
    }
}
