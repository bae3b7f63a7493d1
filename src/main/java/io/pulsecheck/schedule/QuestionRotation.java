package io.pulsecheck.schedule;

import java.util.ArrayList;
import java.util.List;

import io.pulsecheck.questions.Question;

/** Which of a version's questions a cycle asks when the schedule rotates them. */
final class QuestionRotation {

    private QuestionRotation() {
    }

    /**
     * The rotation's subset: {@code size} questions, starting where the previous cycle stopped and wrapping around,
     * so that over successive cycles every question is asked in turn. A validated scale (WHO-5, PSS-4) is asked whole
     * whatever the size: a part of it is no longer that scale and cannot be scored as it.
     */
    static List<Question> pick(List<Question> all, int size, long previousCycles, boolean validatedScale) {
        if (all.isEmpty()) {
            return List.of();
        }
        if (validatedScale) {
            return List.copyOf(all);
        }
        int count = Math.min(size, all.size());
        int start = (int) ((previousCycles * size) % all.size());
        List<Question> picked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            picked.add(all.get((start + i) % all.size()));
        }
        return picked;
    }
}
