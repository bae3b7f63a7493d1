package io.pulsecheck.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import io.smallrye.config.WithDefault;

/** The app manifest matches what the service serves and asks for, filled in for one base URL by its command. */
class SlackManifestTest {

    private static final String BASE = "https://pulse.example.com";

    @Test
    void pointsSlackAtThisServicesEndpoints() throws Exception {
        Map<String, Object> manifest = printed(BASE);

        assertEquals(List.of(BASE + SlackInstalls.CALLBACK_PATH), at(manifest, "oauth_config", "redirect_urls"));
        assertEquals(BASE + SlackEventsResource.class.getAnnotation(Path.class).value(),
                at(manifest, "settings", "event_subscriptions", "request_url"));
        assertEquals(BASE + SlackInteractionsResource.class.getAnnotation(Path.class).value(),
                at(manifest, "settings", "interactivity", "request_url"));
        assertEquals(Boolean.TRUE, at(manifest, "features", "app_home", "home_tab_enabled"));
    }

    @Test
    void asksForTheScopesTheInstallRequestsAndTheEventsTheServiceHandles() throws Exception {
        Map<String, Object> manifest = printed(BASE);

        String scopes = SlackAppConfig.class.getMethod("scopes").getAnnotation(WithDefault.class).value();
        assertEquals(List.of(scopes.split(",")), at(manifest, "oauth_config", "scopes", "bot"));
        assertEquals(List.of("app_home_opened", "app_uninstalled", "message.im", "tokens_revoked"),
                at(manifest, "settings", "event_subscriptions", "bot_events"));
    }

    @Test
    void refusesABaseUrlSlackCannotCall() throws Exception {
        Process process = run("http://pulse.example.com");

        assertEquals(2, process.waitFor());
        assertTrue(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).contains("https"));
    }

    private static Map<String, Object> printed(String base) throws IOException, InterruptedException {
        Process process = run(base);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor());
        assertTrue(!out.contains("${"), out);
        return new Yaml().load(out);
    }

    private static Process run(String base) throws IOException {
        return new ProcessBuilder("bash", "deploy/slack/manifest.sh", base).start();
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> map, String... keys) {
        Object node = map;
        for (String key : keys) {
            node = ((Map<String, Object>) node).get(key);
        }
        return node;
    }
}
