package io.pulsecheck.platform.slack;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.pulsecheck.common.config.ApiConfig;
import io.pulsecheck.common.i18n.UserLocale;

/**
 * Hands a comment's writer their reply code in their direct message with the app, straight through the Web API after
 * the sealing transaction committed. It is not queued: an outbox row names its person, and a code next to a person is
 * what must never be stored. The price: when Slack cannot be reached at that moment the code is lost, and the thread
 * exists without anyone who can open it. The log says that it happened, never the code, the user or the workspace.
 */
@ApplicationScoped
public class SlackReplyCodes {

    private static final Logger LOG = Logger.getLogger(SlackReplyCodes.class);

    @Inject
    SlackWebApi api;

    @Inject
    SlackTokens tokens;

    @Inject
    ApiConfig apiConfig;

    /** Posts the code; true when Slack accepted it. */
    public boolean send(SlackHandler.ReplyCode code) {
        SlackTokens.Lookup bot = tokens.forWorkspace(code.workspace());
        if (bot.token() == null) {
            LOG.warn("A reply code could not be handed out: no Slack bot token for the workspace");
            return false;
        }
        String text = SlackText.escape(UserLocale.bundle(SlackMessages.class, code.locale())
                .replyCode(code.token(), apiConfig.publicBaseUrl() + "/replies"));
        try {
            SlackWebApi.Answer answer = api.postMessage(bot.token(), code.userId(), text);
            if (!answer.ok()) {
                LOG.warnf("A reply code could not be handed out: Slack answered %s", answer.error());
                return false;
            }
            return true;
        } catch (IOException e) {
            LOG.warnf("A reply code could not be handed out: %s", e.getClass().getSimpleName());
            return false;
        }
    }
}
