package io.pulsecheck.responses;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionType;

/**
 * A validated answer to one question: exactly one of the three fields is set.
 *
 * @param value scales and yes/no
 * @param choice single choice
 * @param text free text (scrubbed when sealed)
 */
public record AnswerValue(Integer value, String choice, String text) {

    /** Longest accepted free-text answer or comment, in characters. */
    public static final int MAX_TEXT_LENGTH = 2000;

    private static final Map<String, Integer> YES_NO_WORDS = Map.of(
            "yes", 1, "y", 1, "ja", 1, "j", 1, "no", 0, "n", 0, "nein", 0);

    /**
     * Reads a stored value as the outbound prompts put it into buttons and options ({@code "0".."10"}, yes = 1,
     * no = 0, a choice's value, or the text itself).
     */
    public static Optional<AnswerValue> parse(Question question, String raw) {
        return parse(question, raw, false);
    }

    /** Like {@link #parse(Question, String)} but also accepts typed words: yes/no/ja/nein and choice labels. */
    public static Optional<AnswerValue> parseTyped(Question question, String raw) {
        return parse(question, raw, true);
    }

    private static Optional<AnswerValue> parse(Question question, String raw, boolean typed) {
        if (raw == null) {
            return Optional.empty();
        }
        String trimmed = raw.strip();
        QuestionType type = question.type;
        if (type == QuestionType.FREE_TEXT) {
            return trimmed.isEmpty() || trimmed.length() > MAX_TEXT_LENGTH ? Optional.empty()
                    : Optional.of(new AnswerValue(null, null, trimmed));
        }
        if (type == QuestionType.SINGLE_CHOICE) {
            return choiceOf(question.choices, trimmed, typed).map(choice -> new AnswerValue(null, choice, null));
        }
        Integer number = integerOf(trimmed);
        if (number == null && typed && type == QuestionType.YES_NO) {
            number = YES_NO_WORDS.get(trimmed.toLowerCase(Locale.ROOT));
        }
        if (number == null || number < type.min || number > type.max) {
            return Optional.empty();
        }
        return Optional.of(new AnswerValue(number, null, null));
    }

    private static Optional<String> choiceOf(List<Question.Choice> choices, String raw, boolean typed) {
        if (choices == null) {
            return Optional.empty();
        }
        for (Question.Choice choice : choices) {
            if (choice.value().equals(raw)) {
                return Optional.of(choice.value());
            }
        }
        if (typed && choice(choices, raw) != null) {
            return Optional.of(choice(choices, raw));
        }
        return Optional.empty();
    }

    private static String choice(List<Question.Choice> choices, String label) {
        for (Question.Choice choice : choices) {
            if (choice.label() != null && choice.label().values().stream().anyMatch(label::equalsIgnoreCase)) {
                return choice.value();
            }
        }
        return null;
    }

    private static Integer integerOf(String raw) {
        if (raw.isEmpty() || raw.length() > 3) {
            return null;
        }
        try {
            return Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
