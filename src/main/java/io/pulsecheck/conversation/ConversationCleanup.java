package io.pulsecheck.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.pulsecheck.responses.SubmissionSealed;
import io.pulsecheck.schedule.CycleClosed;
import io.pulsecheck.teams.PersonErased;

/**
 * Deletes identity-linked conversation state when it has no use any more, in the transaction of the event: once the
 * submission is sealed (or refused as a second one), when the cycle closes, and when the person is erased.
 */
@ApplicationScoped
public class ConversationCleanup {

    void onSealed(@Observes SubmissionSealed sealed) {
        Conversation.deleteOf(sealed.cycleId(), sealed.personId());
    }

    void onCycleClosed(@Observes CycleClosed closed) {
        Conversation.deleteOfCycle(closed.cycleId());
    }

    void onPersonErased(@Observes PersonErased erased) {
        Conversation.deleteOfPerson(erased.personId());
    }
}
