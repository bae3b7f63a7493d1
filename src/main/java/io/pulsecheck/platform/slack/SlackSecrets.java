package io.pulsecheck.platform.slack;

import java.util.ArrayList;
import java.util.List;

import io.pulsecheck.conversation.ConversationConfig;

/** The Slack signing secrets currently accepted: the current one and, during a rotation, the previous one. */
final class SlackSecrets {

    private SlackSecrets() {
    }

    static List<String> of(ConversationConfig config) {
        List<String> secrets = new ArrayList<>(2);
        config.slack().signingSecret().filter(secret -> !secret.isBlank()).ifPresent(secrets::add);
        config.slack().previousSigningSecret().filter(secret -> !secret.isBlank()).ifPresent(secrets::add);
        return secrets;
    }
}
