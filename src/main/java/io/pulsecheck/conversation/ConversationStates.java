package io.pulsecheck.conversation;

import java.io.IOException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulsecheck.responses.SealingCipher;

/**
 * Reads and writes a conversation's progress encrypted with the sealing key (purpose {@code CONVERSATION}, bound to
 * the cycle and person), so partial answers are never readable next to the person in the database.
 */
@ApplicationScoped
public class ConversationStates {

    @Inject
    SealingCipher cipher;

    @Inject
    ObjectMapper json;

    public ConversationState read(Conversation conversation) {
        if (conversation.sealedState == null) {
            return conversation.legacyState == null ? ConversationState.START : conversation.legacyState;
        }
        try {
            return json.readValue(cipher.open(SealingCipher.Purpose.CONVERSATION,
                    owner(conversation.cycleId, conversation.personId), conversation.sealedState),
                    ConversationState.class);
        } catch (IOException e) {
            throw new IllegalStateException("The state of a conversation is not readable", e);
        }
    }

    public void write(Conversation conversation, ConversationState state) {
        conversation.sealedState = seal(conversation.cycleId, conversation.personId, state);
        conversation.legacyState = null;
    }

    byte[] seal(UUID cycleId, UUID personId, ConversationState state) {
        try {
            return cipher.seal(SealingCipher.Purpose.CONVERSATION, owner(cycleId, personId),
                    json.writeValueAsBytes(state));
        } catch (IOException e) {
            throw new IllegalStateException("A conversation state could not be serialised", e);
        }
    }

    private static String owner(UUID cycleId, UUID personId) {
        return cycleId + ":" + personId;
    }
}
