package io.pulsecheck.conversation;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Inbound chat webhooks: secrets that authenticate them and how long handled requests are remembered. */
@ConfigMapping(prefix = "pulsecheck.conversation")
public interface ConversationConfig {

    Slack slack();

    Mattermost mattermost();

    Generic generic();

    /**
     * How long handled request keys (event ids, signatures, trigger ids) are kept to refuse replays and absorb
     * platform retries; at least the 5-minute replay window. Env: {@code PULSECHECK_CONVERSATION_DEDUP_RETENTION}.
     */
    @WithDefault("PT1H")
    Duration dedupRetention();

    /**
     * How often closed cycles are cleaned up (conversations deleted, sealed rows mixed) and old request keys purged;
     * {@code off} disables it (tests call the janitor directly). Env: {@code PULSECHECK_CONVERSATION_JANITOR_EVERY}.
     */
    @WithDefault("5m")
    String janitorEvery();

    /** Days a bare {@code pause} command pauses check-ins. Env: {@code PULSECHECK_CONVERSATION_DEFAULT_PAUSE_DAYS}. */
    @WithDefault("14")
    int defaultPauseDays();

    /** Slack Events API and interactivity. */
    interface Slack {

        /**
         * The app's signing secret; unset refuses every Slack request. Env:
         * {@code PULSECHECK_CONVERSATION_SLACK_SIGNING_SECRET}.
         */
        Optional<String> signingSecret();

        /**
         * The previous signing secret, accepted as well while a rotation is under way. Env:
         * {@code PULSECHECK_CONVERSATION_SLACK_PREVIOUS_SIGNING_SECRET}.
         */
        Optional<String> previousSigningSecret();

        /**
         * Only {@code response_url}s starting with this prefix are replied to. Env:
         * {@code PULSECHECK_CONVERSATION_SLACK_RESPONSE_URL_PREFIX}.
         */
        @WithDefault("https://hooks.slack.com/")
        String responseUrlPrefix();
    }

    /** Mattermost slash command ({@code /pulse}); interactive buttons are authenticated by action tokens. */
    interface Mattermost {

        /**
         * The slash command's token as Mattermost shows it; unset refuses every command. Env:
         * {@code PULSECHECK_CONVERSATION_MATTERMOST_COMMAND_TOKEN}.
         */
        Optional<String> commandToken();
    }

    /** The generic signed JSON webhook. */
    interface Generic {

        /**
         * Secret that signs inbound generic webhook requests; unset refuses them all. Env:
         * {@code PULSECHECK_CONVERSATION_GENERIC_INBOUND_SECRET}.
         */
        Optional<String> inboundSecret();
    }
}
