package io.pulsecheck.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One WireMock server for the whole test run, playing Slack, Mattermost and webhook gateways on a dynamic port. Its
 * URLs go into the configuration once, so no test needs its own profile (which would restart Quarkus).
 */
@QuarkusTestResource(value = FakeChatPlatforms.class, restrictToAnnotatedClass = false)
public class FakeChatPlatforms implements QuarkusTestResourceLifecycleManager {

    public static final String SLACK_API_PATH = "/slack/api";
    public static final String MATTERMOST_HOOK_PATH = "/mattermost/hooks/test-hook";
    public static final String GATEWAY_PATH = "/gateway/pulsecheck";

    private static volatile WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    public static String url(String path) {
        return server.baseUrl() + path;
    }

    @Override
    public Map<String, String> start() {
        WireMockServer started = new WireMockServer(options().dynamicPort().containerThreads(20));
        started.start();
        server = started;
        return Map.of(
                "pulsecheck.slack.api-base-url", started.baseUrl() + SLACK_API_PATH,
                "pulsecheck.mattermost.webhook-url", started.baseUrl() + MATTERMOST_HOOK_PATH,
                "pulsecheck.webhook.url", started.baseUrl() + GATEWAY_PATH);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
