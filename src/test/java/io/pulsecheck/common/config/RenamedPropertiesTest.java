package io.pulsecheck.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

import io.pulsecheck.conversation.ConversationConfig;
import io.pulsecheck.delivery.DeliveryConfig;
import io.pulsecheck.platform.googlechat.GoogleChatConfig;
import io.pulsecheck.platform.mattermost.MattermostConfig;
import io.pulsecheck.platform.slack.SlackConfig;
import io.pulsecheck.platform.teams.TeamsConfig;
import io.pulsecheck.platform.webhook.WebhookConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * Deployments configured under the former per-feature names keep working for one release: each old name still
 * configures its setting under the platform's prefix, and the new name wins where both are set. The configuration is
 * built the way Quarkus builds it, with the interceptors found through {@code META-INF/services}.
 */
class RenamedPropertiesTest {

    private static final int ENV = 300;
    private static final int SYSTEM_PROPERTIES = 400;

    /**
     * With the mappings that own the old prefixes too, and unknown names under a mapped prefix refused, as Quarkus
     * builds it: an old name must not stop the service from starting.
     */
    private static SmallRyeConfig config(String profile, ConfigSource... sources) {
        return new SmallRyeConfigBuilder().addDefaultInterceptors().addDiscoveredInterceptors().withProfile(profile)
                .withSources(sources).withMapping(SlackConfig.class).withMapping(MattermostConfig.class)
                .withMapping(WebhookConfig.class).withMapping(TeamsConfig.class).withMapping(GoogleChatConfig.class)
                .withMapping(DeliveryConfig.class).withMapping(ConversationConfig.class).withValidateUnknown(true)
                .withConverter(Duration.class, 200, new DurationConverter()).build();
    }

    private static String old(String name) {
        return RenamedProperties.oldNameOf(name).orElseThrow();
    }

    private static String env(String name) {
        return ProductionConfigGuard.envName(name);
    }

    @Test
    void everyOldSystemPropertyStillConfiguresItsNewSetting() {
        Map<String, String> properties = new HashMap<>();
        RenamedProperties.OLD_NAMES.forEach((now, before) -> properties.put(before, valueFor(now)));
        SmallRyeConfig config = config("prod", new PropertiesConfigSource(properties, "system", SYSTEM_PROPERTIES));

        SlackConfig slack = config.getConfigMapping(SlackConfig.class);
        assertEquals(Optional.of(valueFor("pulsecheck.slack.bot-token")), slack.botToken());
        assertEquals(rateFor("pulsecheck.slack.rate-limits.api"), slack.rateLimits().api());
        assertEquals(Optional.of(valueFor("pulsecheck.webhook.secret")),
                config.getConfigMapping(WebhookConfig.class).secret());
        assertEquals(rateFor("pulsecheck.ms-teams.rate-limit"), config.getConfigMapping(TeamsConfig.class).rateLimit());
    }

    @Test
    void everyOldEnvironmentVariableStillConfiguresItsNewSetting() {
        Map<String, String> env = new HashMap<>();
        RenamedProperties.OLD_NAMES.forEach((now, before) -> env.put(env(before), valueFor(now)));
        SmallRyeConfig config = config("prod", new EnvConfigSource(env, ENV));

        SlackConfig slack = config.getConfigMapping(SlackConfig.class);
        assertEquals(Optional.of(valueFor("pulsecheck.slack.signing-secret")), slack.signingSecret());
        assertEquals(Optional.of(valueFor("pulsecheck.slack.previous-signing-secret")), slack.previousSigningSecret());
        assertEquals(valueFor("pulsecheck.slack.response-url-prefix"), slack.responseUrlPrefix());
        assertEquals(valueFor("pulsecheck.slack.api-base-url"), slack.apiBaseUrl());
        assertEquals(Optional.of(valueFor("pulsecheck.slack.bot-token")), slack.botToken());
        assertEquals(valueFor("pulsecheck.slack.default-workspace"), slack.defaultWorkspace());
        assertEquals(rateFor("pulsecheck.slack.rate-limits.api"), slack.rateLimits().api());
        assertEquals(rateFor("pulsecheck.slack.rate-limits.webhook"), slack.rateLimits().webhook());
        assertEquals(rateFor("pulsecheck.slack.rate-limits.response-url"), slack.rateLimits().responseUrl());

        MattermostConfig mattermost = config.getConfigMapping(MattermostConfig.class);
        assertEquals(Optional.of(valueFor("pulsecheck.mattermost.command-token")), mattermost.commandToken());
        assertEquals(Optional.of(valueFor("pulsecheck.mattermost.webhook-url")), mattermost.webhookUrl());
        assertEquals(rateFor("pulsecheck.mattermost.rate-limit"), mattermost.rateLimit());

        WebhookConfig webhook = config.getConfigMapping(WebhookConfig.class);
        assertEquals(Optional.of(valueFor("pulsecheck.webhook.inbound-secret")), webhook.inboundSecret());
        assertEquals(Optional.of(valueFor("pulsecheck.webhook.url")), webhook.url());
        assertEquals(Optional.of(valueFor("pulsecheck.webhook.secret")), webhook.secret());
        assertEquals(rateFor("pulsecheck.webhook.rate-limit"), webhook.rateLimit());

        assertEquals(rateFor("pulsecheck.ms-teams.rate-limit"), config.getConfigMapping(TeamsConfig.class).rateLimit());
        assertEquals(rateFor("pulsecheck.google-chat.rate-limit"),
                config.getConfigMapping(GoogleChatConfig.class).rateLimit());
    }

    @Test
    void newNameWinsWhenBothAreSet() {
        SmallRyeConfig config = config("prod", new EnvConfigSource(Map.of(
                env(old("pulsecheck.slack.bot-token")), "xoxb-old",
                env("pulsecheck.slack.bot-token"), "xoxb-new",
                env(old("pulsecheck.webhook.rate-limit")), "7",
                env("pulsecheck.webhook.rate-limit"), "9"), ENV));

        assertEquals(Optional.of("xoxb-new"), config.getConfigMapping(SlackConfig.class).botToken());
        assertEquals(9.0, config.getConfigMapping(WebhookConfig.class).rateLimit());
    }

    @Test
    void oldWorkspaceTokenFromSystemPropertyConfiguresTheWorkspaceMap() {
        SmallRyeConfig config = config("prod", new PropertiesConfigSource(Map.of(
                old("pulsecheck.slack.workspace-bot-tokens.T0123"), "xoxb-workspace-old",
                "pulsecheck.slack.workspace-bot-tokens.T0456", "xoxb-workspace-new"), "system", SYSTEM_PROPERTIES));

        assertEquals(Map.of("T0123", "xoxb-workspace-old", "T0456", "xoxb-workspace-new"),
                config.getConfigMapping(SlackConfig.class).workspaceBotTokens());
    }

    @Test
    void oldNameForAProfileIsFound() {
        SmallRyeConfig config = config("prod", new PropertiesConfigSource(Map.of(
                "%prod." + old("pulsecheck.mattermost.webhook-url"), "https://chat.example.com/hooks/prod",
                "%dev." + old("pulsecheck.mattermost.webhook-url"), "http://localhost:8065/hooks/dev"),
                "application.properties", 250));

        assertEquals(Optional.of("https://chat.example.com/hooks/prod"),
                config.getConfigMapping(MattermostConfig.class).webhookUrl());
    }

    @Test
    void unsetNamesKeepTheirDefaults() {
        SmallRyeConfig config = config("prod", new EnvConfigSource(Map.of(), ENV));

        SlackConfig slack = config.getConfigMapping(SlackConfig.class);
        assertEquals("https://slack.com/api", slack.apiBaseUrl());
        assertEquals(4.0, slack.rateLimits().api());
        assertTrue(slack.botToken().isEmpty());
        assertTrue(slack.workspaceBotTokens().isEmpty());
    }

    @Test
    void warnsOnceNamingTheOldPropertyButNotItsValue() {
        // A workspace id no other test uses, so that this old name has not been warned about in this JVM yet.
        String now = "pulsecheck.slack.workspace-bot-tokens.TWARNED" + System.nanoTime();
        String before = old(now);
        List<String> warnings = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    Object[] parameters = record.getParameters();
                    warnings.add(parameters == null ? record.getMessage()
                            : String.format(record.getMessage(), parameters));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(RenamedProperties.class.getName());
        logger.addHandler(capture);
        try {
            for (int build = 0; build < 2; build++) {
                SmallRyeConfig config = config("prod",
                        new PropertiesConfigSource(Map.of(before, "xoxb-secret-value"), "system", SYSTEM_PROPERTIES));
                assertEquals("xoxb-secret-value", config.getConfigMapping(SlackConfig.class).workspaceBotTokens()
                        .get(now.substring(now.lastIndexOf('.') + 1)));
                assertEquals("xoxb-secret-value", config.getValue(now, String.class));
            }
        } finally {
            logger.removeHandler(capture);
        }

        List<String> about = warnings.stream().filter(message -> message.contains(before)).toList();
        assertEquals(1, about.size(), warnings.toString());
        assertTrue(about.get(0).contains(now), about.get(0));
        assertFalse(warnings.stream().anyMatch(message -> message.contains("xoxb-secret-value")), warnings.toString());
    }

    /** A distinct value per setting; rates need a number. */
    private static String valueFor(String name) {
        return name.contains("rate-limit") ? String.valueOf(rateFor(name)) : "value-of-" + name;
    }

    private static double rateFor(String name) {
        return 1 + Math.abs(name.hashCode() % 1000) / 10.0;
    }
}
