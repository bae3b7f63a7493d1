package io.pulsecheck.conversation;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Progress of an open conversation.
 *
 * @param position index of the next question in the cycle's order; equal to the number of questions at the
 *            closing comment step
 * @param answers raw answers given so far by question id; skipped questions are absent
 */
@RegisterForReflection
public record ConversationState(int position, Map<String, String> answers) {

    /** A conversation that has not answered anything yet. */
    static final ConversationState START = new ConversationState(0, Map.of());

    public ConversationState answered(String questionId, String raw, int nextPosition) {
        Map<String, String> next = new LinkedHashMap<>(answers == null ? Map.of() : answers);
        if (raw == null) {
            next.remove(questionId);
        } else {
            next.put(questionId, raw);
        }
        return new ConversationState(nextPosition, next);
    }
}
