package io.pulsecheck.platform.slack;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.common.config.ApiConfig;
import io.pulsecheck.platform.InboundBody;

/** The checks every Slack request passes before anything in it is parsed: size, then signature and replay window. */
@ApplicationScoped
class SlackRequestVerifier {

    @Inject
    SlackConfig config;

    @Inject
    ApiConfig api;

    @Inject
    Clock clock;

    /** Returns the raw body once it is within the size limit and signed by Slack; throws a 4xx otherwise. */
    byte[] verified(byte[] body, String timestamp, String signature) {
        byte[] raw = InboundBody.orEmpty(body);
        InboundBody.checkSize(raw, api.maxBodySize().asLongValue());
        if (!SlackSignature.verify(SlackSecrets.of(config), timestamp, signature, raw, clock.instant())) {
            throw InboundBody.unauthorized("The Slack signature is missing, wrong or outside the replay window");
        }
        return raw;
    }
}
