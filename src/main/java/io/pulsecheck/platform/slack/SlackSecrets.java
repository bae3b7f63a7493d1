package io.pulsecheck.platform.slack;

import java.util.ArrayList;
import java.util.List;

/** The Slack signing secrets currently accepted: the current one and, during a rotation, the previous one. */
final class SlackSecrets {

    private SlackSecrets() {
    }

    static List<String> of(SlackConfig config) {
        List<String> secrets = new ArrayList<>(2);
        config.signingSecret().filter(secret -> !secret.isBlank()).ifPresent(secrets::add);
        config.previousSigningSecret().filter(secret -> !secret.isBlank()).ifPresent(secrets::add);
        return secrets;
    }
}
