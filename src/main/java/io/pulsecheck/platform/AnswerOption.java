package io.pulsecheck.platform;

import java.util.ArrayList;
import java.util.List;

import io.pulsecheck.questions.LocalizedText;
import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionType;

/**
 * One answer a member can pick, with the value stored for it (docs/CHAT-INTERACTIONS.md): scale numbers, yes = 1,
 * no = 0, or the choice's value. Free-text questions have none.
 */
public record AnswerOption(String value, String label) {

    public static List<AnswerOption> of(Question question, String locale, PromptMessages messages) {
        List<AnswerOption> options = new ArrayList<>();
        QuestionType type = question.type;
        switch (type) {
            case YES_NO -> {
                options.add(new AnswerOption("1", messages.yes()));
                options.add(new AnswerOption("0", messages.no()));
            }
            case SINGLE_CHOICE -> {
                if (question.choices != null) {
                    for (Question.Choice choice : question.choices) {
                        options.add(new AnswerOption(choice.value(), LocalizedText.pick(choice.label(), locale)));
                    }
                }
            }
            case FREE_TEXT -> {
                // Answered in words, not by picking.
            }
            default -> {
                for (int value = type.min; value <= type.max; value++) {
                    options.add(new AnswerOption(Integer.toString(value), scaleLabel(question, value, locale)));
                }
            }
        }
        return options;
    }

    private static String scaleLabel(Question question, int value, String locale) {
        String number = Integer.toString(value);
        if (question.scaleLabels == null) {
            return number;
        }
        String end = value == question.type.min ? LocalizedText.pick(question.scaleLabels.low(), locale)
                : value == question.type.max ? LocalizedText.pick(question.scaleLabels.high(), locale) : "";
        return end.isBlank() ? number : number + " - " + end;
    }
}
