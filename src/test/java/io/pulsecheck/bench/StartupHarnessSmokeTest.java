package io.pulsecheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke run of the start-up benchmark's pieces (bench/startup.sh) at tiny size; no timing is asserted. */
class StartupHarnessSmokeTest {

    @Test
    void probeReportsTimeToFirstSuccessAndResidentMemoryOfAChildServer(@TempDir Path dir) throws Exception {
        int port = freePort();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", testClasses(), FakeChatServer.class.getName(), Integer.toString(port));

        StartupProbe.Result result = StartupProbe.measure(URI.create("http://127.0.0.1:" + port + "/health"), null,
                dir.resolve("server.log"), command, Duration.ofSeconds(60));

        assertTrue(result.millis() > 0, "elapsed time is measured");
        if (Files.exists(Path.of("/proc/self/status"))) {
            assertTrue(result.rssKib() > 0, "resident memory is read from /proc");
        }
        assertTrue(Files.readString(dir.resolve("server.log")).contains("listening " + port));
    }

    @Test
    void benchTokenVerifiesWithThePublishedPublicKey() throws Exception {
        KeyPair keys = BenchJwt.newKeyPair();
        String token = BenchJwt.token(keys, "https://bench.example", "hr-admin", "hr@example.com", Instant.now());
        String[] parts = token.split("\\.");

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(keys.getPublic());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rsa.verify(Base64.getUrlDecoder().decode(parts[2])));
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"groups\":[\"hr-admin\"]"), claims);
        assertTrue(BenchJwt.publicPem(keys).startsWith("-----BEGIN PUBLIC KEY-----\n"));
    }

    @Test
    void sameExtensionsBaselineDeclaresExactlyTheServicesQuarkusExtensions(@TempDir Path dir) throws Exception {
        Path servicePom = Path.of("pom.xml");

        SameExtensionsApp.write(servicePom, dir);

        List<String> service = SameExtensionsApp.quarkusExtensions(servicePom);
        assertTrue(service.containsAll(List.of("quarkus-hibernate-orm-panache", "quarkus-flyway", "quarkus-smallrye-jwt",
                "quarkus-rest")), "read the service's extensions: " + service);
        assertEquals(service, SameExtensionsApp.quarkusExtensions(dir.resolve("pom.xml")));
        assertTrue(Files.readString(dir.resolve("pom.xml"))
                .contains("<version>" + SameExtensionsApp.platformVersion(servicePom) + "</version>"));
        assertTrue(Files.readString(dir.resolve("src/main/java/bench/NotesResource.java")).contains("@RolesAllowed"));
        assertTrue(Files.exists(dir.resolve("src/main/resources/db/migration/V1__note.sql")));
    }

    @Test
    void benchScriptsAreValidBash() throws Exception {
        Path bench = Path.of("bench");
        try (var scripts = Files.list(bench)) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).toList()) {
                Process check = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
                String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, check.waitFor(), script + ": " + output);
            }
        }
    }

    static String testClasses() throws URISyntaxException {
        return Path.of(FakeChatServer.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
