package io.pulsecheck.questions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.error.Problem.FieldError;
import io.pulsecheck.platform.PromptCapacity;

/** Rules of a question set that span several fields; Bean Validation has checked each field already. */
final class QuestionSetValidator {

    private QuestionSetValidator() {
    }

    /** @param capacity what the tightest platform's prompt carries; a question beyond it could never be asked there */
    static void check(QuestionSetRequest request, Optional<PromptCapacity> capacity) {
        List<FieldError> errors = new ArrayList<>();
        String locale = request.defaultLocale();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < request.questions().size(); i++) {
            QuestionInput question = request.questions().get(i);
            String path = "questions[" + i + "]";
            if (!keys.add(question.key())) {
                errors.add(new FieldError(path + ".key", "is used by another question of this set"));
            }
            requireLocale(errors, path + ".text", question.text(), locale);
            boolean scale = question.type() == QuestionType.SCALE_0_5 || question.type() == QuestionType.SCALE_1_5
                    || question.type() == QuestionType.SCALE_0_10;
            if (question.type() == QuestionType.SINGLE_CHOICE) {
                checkChoices(errors, path, question.choices(), locale);
                int choices = question.choices() == null ? 0 : question.choices().size();
                capacity.filter(c -> choices > c.maxChoices()).ifPresent(c -> errors.add(new FieldError(
                        path + ".choices", "must be at most " + c.maxChoices() + " (" + c.limit() + ")")));
            } else if (question.choices() != null && !question.choices().isEmpty()) {
                errors.add(new FieldError(path + ".choices", "only single_choice questions have choices"));
            }
            if (question.scaleLabels() != null) {
                if (!scale) {
                    errors.add(new FieldError(path + ".scaleLabels", "only scale questions have end labels"));
                } else {
                    requireLocale(errors, path + ".scaleLabels.low", question.scaleLabels().low(), locale);
                    requireLocale(errors, path + ".scaleLabels.high", question.scaleLabels().high(), locale);
                }
            }
            if (question.reverseScored() && !question.type().isNumeric()) {
                errors.add(new FieldError(path + ".reverseScored", "only numeric questions can be reverse-scored"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static void checkChoices(List<FieldError> errors, String path, List<QuestionInput.ChoiceInput> choices,
            String locale) {
        if (choices == null || choices.size() < 2) {
            errors.add(new FieldError(path + ".choices", "a single_choice question needs at least two choices"));
            return;
        }
        Set<String> values = new HashSet<>();
        for (int c = 0; c < choices.size(); c++) {
            if (!values.add(choices.get(c).value())) {
                errors.add(new FieldError(path + ".choices[" + c + "].value", "is used by another choice"));
            }
            requireLocale(errors, path + ".choices[" + c + "].label", choices.get(c).label(), locale);
        }
    }

    private static void requireLocale(List<FieldError> errors, String path, Map<String, String> byLocale, String locale) {
        if (byLocale != null && !byLocale.containsKey(locale)) {
            errors.add(new FieldError(path, "needs a text in the default locale " + locale));
        }
    }
}
