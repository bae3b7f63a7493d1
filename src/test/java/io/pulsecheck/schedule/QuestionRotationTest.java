package io.pulsecheck.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pulsecheck.questions.Question;

class QuestionRotationTest {

    private static List<Question> questions(int count) {
        List<Question> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Question question = new Question();
            question.key = "q" + i;
            all.add(question);
        }
        return all;
    }

    private static List<String> keys(List<Question> questions) {
        return questions.stream().map(q -> q.key).toList();
    }

    @Test
    void rotationWalksThroughASetThatIsNoValidatedScale() {
        List<Question> all = questions(5);
        assertEquals(List.of("q0", "q1", "q2"), keys(QuestionRotation.pick(all, 3, 0, false)));
        assertEquals(List.of("q3", "q4", "q0"), keys(QuestionRotation.pick(all, 3, 1, false)));
    }

    @Test
    void aValidatedScaleIsAskedWholeInEveryCycle() {
        List<Question> all = questions(5);
        for (long previous = 0; previous < 7; previous++) {
            assertEquals(List.of("q0", "q1", "q2", "q3", "q4"), keys(QuestionRotation.pick(all, 3, previous, true)));
        }
    }
}
