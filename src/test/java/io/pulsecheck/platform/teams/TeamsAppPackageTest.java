package io.pulsecheck.platform.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code deploy/teams/package.sh} builds an app package Teams accepts: the manifest with the app id, and the icons. */
class TeamsAppPackageTest {

    private static final String APP_ID = "0f5a7c3e-1111-4222-8333-944455556666";

    @TempDir
    Path dir;

    @Test
    void buildsPackageWithTheAppIdFilledInAndTheRequiredFields() throws Exception {
        Path zip = dir.resolve("app.zip");

        assertEquals(0, run(Map.of("TEAMS_APP_ID", APP_ID, "PUBLIC_BASE_URL", "https://pulse.example.com/"), zip));

        Map<String, byte[]> files = unzip(zip);
        assertEquals(List.of("color.png", "manifest.json", "outline.png"), files.keySet().stream().sorted().toList());
        JsonNode manifest = new ObjectMapper().readTree(files.get("manifest.json"));
        for (String field : List.of("$schema", "manifestVersion", "version", "id", "developer", "name", "description",
                "icons", "accentColor", "bots", "validDomains")) {
            assertTrue(manifest.hasNonNull(field), "manifest.json lacks " + field);
        }
        assertEquals(APP_ID, manifest.path("id").asText());
        assertEquals(APP_ID, manifest.path("bots").path(0).path("botId").asText());
        assertEquals(List.of("personal"), List.of(manifest.path("bots").path(0).path("scopes").path(0).asText()));
        assertEquals("pulse.example.com", manifest.path("validDomains").path(0).asText());
        assertEquals("https://pulse.example.com", manifest.path("developer").path("websiteUrl").asText());
        assertTrue(manifest.path("name").path("short").asText().length() <= 30);
        assertTrue(manifest.path("description").path("short").asText().length() <= 80);
        assertTrue(manifest.path("description").path("full").asText().length() <= 4000);
        assertFalse(new String(files.get("manifest.json"), StandardCharsets.UTF_8).contains("${"));
        assertIcon(files.get(manifest.path("icons").path("color").asText()), 192);
        assertIcon(files.get(manifest.path("icons").path("outline").asText()), 32);
    }

    @Test
    void refusesAnAppIdThatIsNoGuidAndAPlainHttpUrl() throws Exception {
        Path zip = dir.resolve("app.zip");

        assertNotEquals(0, run(Map.of("TEAMS_APP_ID", "my-bot", "PUBLIC_BASE_URL", "https://pulse.example.com"), zip));
        assertNotEquals(0, run(Map.of("TEAMS_APP_ID", APP_ID, "PUBLIC_BASE_URL", "http://pulse.example.com"), zip));
        assertFalse(Files.exists(zip));
    }

    private static void assertIcon(byte[] png, int size) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(size, image.getWidth());
        assertEquals(size, image.getHeight());
    }

    private static int run(Map<String, String> env, Path zip) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "deploy/teams/package.sh", zip.toString())
                .redirectErrorStream(true);
        builder.environment().remove("PULSECHECK_MS_TEAMS_BOT_APP_ID");
        builder.environment().remove("PULSECHECK_API_PUBLIC_BASE_URL");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "package.sh did not finish: " + output);
        return process.exitValue();
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
