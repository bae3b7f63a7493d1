package io.pulsecheck.platform;

/**
 * The most one prompt of a platform can carry, so that the question and schedule APIs refuse what could never be
 * sent, without naming a platform themselves.
 *
 * @param maxQuestions most questions in one prompt
 * @param maxChoices most choices of one single-choice question
 * @param limit the platform limit behind the numbers, for the problem text, e.g. "Slack allows 50 blocks per message"
 */
public record PromptCapacity(int maxQuestions, int maxChoices, String limit) {
}
