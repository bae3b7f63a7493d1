package io.pulsecheck.demo;

import java.util.Random;

import io.pulsecheck.questions.Question;

/**
 * Plausible answers around a cycle's levels: scales scatter around the level, yes/no says yes with the level's
 * probability, a workload choice follows stress. Values are the strings the prompts put into buttons.
 */
final class DemoAnswers {

    private DemoAnswers() {
    }

    /**
     * The answer one demo respondent gives, or null to skip the question.
     *
     * @param respondent the respondent's position in the cycle, 0..respondents-1
     * @param respondents how many answer the cycle
     */
    static String answer(Question question, DemoTeam.PastCycle levels, int respondent, int respondents,
            Random random) {
        double level = levelOf(question.dimension, levels);
        return switch (question.type) {
            case SCALE_1_5 -> scale(level, 1, 5, random);
            case SCALE_0_5 -> scale(level, 0, 5, random);
            case SCALE_0_10 -> scale(level, 0, 10, random);
            // Stratified: about level × respondents say yes, so a small cycle still shows its level.
            case YES_NO -> (respondent + random.nextDouble()) / respondents < level ? "1" : "0";
            case SINGLE_CHOICE -> workload(question, levels.stress(), random);
            case FREE_TEXT -> null;
        };
    }

    private static double levelOf(String dimension, DemoTeam.PastCycle levels) {
        return switch (dimension) {
            case "stress", "workload" -> levels.stress();
            case "transparency", "trust" -> levels.transparency();
            default -> levels.mood();
        };
    }

    private static String scale(double level, int min, int max, Random random) {
        double value = min + level * (max - min) + random.nextGaussian() * 0.12 * (max - min);
        return Long.toString(Math.max(min, Math.min(max, Math.round(value))));
    }

    private static String workload(Question question, double stress, Random random) {
        if (question.choices == null || question.choices.isEmpty()) {
            return null;
        }
        // Choices run from low to high load: high stress picks towards the end.
        int last = question.choices.size() - 1;
        double position = stress * last + random.nextGaussian() * 0.6;
        int index = (int) Math.max(0, Math.min(last, Math.round(position)));
        return question.choices.get(index).value();
    }
}
