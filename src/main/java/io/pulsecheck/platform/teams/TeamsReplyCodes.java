package io.pulsecheck.platform.teams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.pulsecheck.delivery.Outbox;
import io.pulsecheck.delivery.adapters.SendOutcome;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Hands a comment's writer their reply code in the card that replaces their check-in, straight through the Bot
 * Connector after the sealing transaction committed. It is not queued: an outbox row names its person, and a code
 * next to a person is what must never be stored. One attempt, outside the outbox's per-tenant pacing (one message per
 * Submit, as the outbox would send). When Teams cannot be reached at that moment the code is lost, the thread exists
 * without anyone who can open it, and the plain thank-you goes through the outbox as for everyone. The log says that
 * it happened, never the code, the user or the conversation.
 */
@ApplicationScoped
public class TeamsReplyCodes {

    private static final Logger LOG = Logger.getLogger(TeamsReplyCodes.class);

    @Inject
    BotConnectorSender sender;

    @Inject
    Outbox outbox;

    /** Sends the card with the code; true when the Bot Connector accepted it. */
    public boolean send(TeamsHandler.CodeCard card) {
        SendOutcome outcome = sender.send(card.method(), card.destination(), card.payload().toString());
        if (outcome.result() == SendOutcome.Result.SENT) {
            return true;
        }
        LOG.warnf("A reply code could not be handed out: the Bot Connector answered %s",
                outcome.httpStatus() == null ? "nothing" : "HTTP " + outcome.httpStatus());
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(card.fallback()));
        return false;
    }
}
