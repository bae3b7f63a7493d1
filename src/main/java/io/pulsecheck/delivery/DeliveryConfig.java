package io.pulsecheck.delivery;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Outbound delivery: workers, retries, rate limits and platform credentials. */
@ConfigMapping(prefix = "pulsecheck.delivery")
public interface DeliveryConfig {

    /** The background worker and scheduler tick. */
    Worker worker();

    /** Retries and dead letters. */
    Retry retry();

    /** Sends per second per rate key, and how much of each limit the worker leaves unused as headroom. */
    RateLimits rateLimits();

    /** Slack Web API. */
    Slack slack();

    /** Mattermost. */
    Mattermost mattermost();

    /** Generic signed JSON webhook. */
    Webhook webhook();

    /** Time allowed for one HTTP request to a platform. Env: {@code PULSECHECK_DELIVERY_REQUEST_TIMEOUT}. */
    @WithDefault("10s")
    Duration requestTimeout();

    interface Worker {
        /**
         * Whether the scheduled tick sends due messages and runs the check-in cycle. Off in tests, which call the
         * plain methods. Env: {@code PULSECHECK_DELIVERY_WORKER_ENABLED}.
         */
        @WithDefault("true")
        boolean enabled();

        /** How often the tick runs. Env: {@code PULSECHECK_DELIVERY_WORKER_INTERVAL}. */
        @WithDefault("2s")
        String interval();

        /** Messages one claim takes; at most this many can be sent twice after a crash. Env: {@code PULSECHECK_DELIVERY_WORKER_BATCH_SIZE}. */
        @WithDefault("50")
        int batchSize();

        /** Concurrent HTTP sends per instance. Env: {@code PULSECHECK_DELIVERY_WORKER_PARALLELISM}. */
        @WithDefault("8")
        int parallelism();

        /**
         * How long a claimed message is reserved for the instance that claimed it; after a crash another instance
         * takes it over once this has passed. Must exceed the request timeout. Env: {@code PULSECHECK_DELIVERY_WORKER_LEASE}.
         */
        @WithDefault("2m")
        Duration lease();

        /** Longest time one tick keeps draining the outbox before it yields. Env: {@code PULSECHECK_DELIVERY_WORKER_MAX_DRAIN}. */
        @WithDefault("30s")
        Duration maxDrain();
    }

    interface Retry {
        /** Attempts before a message becomes a dead letter. Env: {@code PULSECHECK_DELIVERY_RETRY_MAX_ATTEMPTS}. */
        @WithDefault("8")
        int maxAttempts();

        /** Backoff before the second attempt; doubles with each attempt, with jitter. Env: {@code PULSECHECK_DELIVERY_RETRY_INITIAL_BACKOFF}. */
        @WithDefault("10s")
        Duration initialBackoff();

        /** Upper bound of the backoff and of an honoured Retry-After. Env: {@code PULSECHECK_DELIVERY_RETRY_MAX_BACKOFF}. */
        @WithDefault("1h")
        Duration maxBackoff();
    }

    /** Defaults follow each platform's documented limits. */
    interface RateLimits {
        /**
         * Share of each limit the worker uses when it sends steadily; the rest is headroom for the platform's clock
         * and network jitter, so a limit of N per second gives about 0.97 N and no 429. Env:
         * {@code PULSECHECK_DELIVERY_RATE_LIMITS_PACE}.
         */
        @WithDefault("0.97")
        double pace();

        /**
         * How far ahead of the steady pace a key may run, as time's worth of sends (at least one send). Platforms allow
         * bursts of a second's worth; using half of it leaves the other half for requests that arrive bunched up.
         * Env: {@code PULSECHECK_DELIVERY_RATE_LIMITS_BURST}.
         */
        @WithDefault("0.5s")
        Duration burst();

        /** Slack {@code chat.postMessage} per workspace ("several hundred per minute"). Env: {@code PULSECHECK_DELIVERY_RATE_LIMITS_SLACK_API}. */
        @WithDefault("4")
        double slackApi();

        /** Per Slack incoming webhook, i.e. per channel (1 per second). Env: {@code PULSECHECK_DELIVERY_RATE_LIMITS_SLACK_WEBHOOK}. */
        @WithDefault("1")
        double slackWebhook();

        /** Per Slack {@code response_url}. Env: {@code PULSECHECK_DELIVERY_RATE_LIMITS_SLACK_RESPONSE_URL}. */
        @WithDefault("1")
        double slackResponseUrl();

        /** Per Mattermost server (its default limit is 10 per second per client). Env: {@code PULSECHECK_DELIVERY_RATE_LIMITS_MATTERMOST_WEBHOOK}. */
        @WithDefault("5")
        double mattermostWebhook();

        /** Per Teams Workflows webhook. Env: {@code PULSECHECK_DELIVERY_RATE_LIMITS_TEAMS_WEBHOOK}. */
        @WithDefault("1")
        double teamsWebhook();

        /** Per Google Chat space (60 per minute). Env: {@code PULSECHECK_DELIVERY_RATE_LIMITS_GOOGLE_CHAT_WEBHOOK}. */
        @WithDefault("1")
        double googleChatWebhook();

        /** Per generic webhook host. Env: {@code PULSECHECK_DELIVERY_RATE_LIMITS_GENERIC_WEBHOOK}. */
        @WithDefault("20")
        double genericWebhook();
    }

    interface Slack {
        /** Base URL of the Slack Web API. Env: {@code PULSECHECK_DELIVERY_SLACK_API_BASE_URL}. */
        @WithDefault("https://slack.com/api")
        String apiBaseUrl();

        /** Bot token ({@code xoxb-...}) for workspaces without their own. Env: {@code PULSECHECK_DELIVERY_SLACK_BOT_TOKEN}. */
        Optional<String> botToken();

        /** Bot tokens per Slack workspace (team) id, e.g. {@code pulsecheck.delivery.slack.workspace-bot-tokens.T0123=xoxb-...}. */
        Map<String, String> workspaceBotTokens();

        /** Workspace id used for members' direct messages when a person carries none. Env: {@code PULSECHECK_DELIVERY_SLACK_DEFAULT_WORKSPACE}. */
        @WithDefault("default")
        String defaultWorkspace();
    }

    interface Mattermost {
        /** Incoming webhook URL that may post to {@code @username}. Env: {@code PULSECHECK_DELIVERY_MATTERMOST_WEBHOOK_URL}. */
        Optional<String> webhookUrl();
    }

    interface Webhook {
        /** Gateway URL that receives prompts for platform {@code webhook}. Env: {@code PULSECHECK_DELIVERY_WEBHOOK_URL}. */
        Optional<String> url();

        /** Secret of the outbound HMAC signature (see docs/WEBHOOK.md). Env: {@code PULSECHECK_DELIVERY_WEBHOOK_SECRET}. */
        Optional<String> secret();
    }
}
