package io.pulsecheck.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The packaged service in production mode, started with exactly the variables {@code deploy/compose.yaml} sets (their
 * values filled in as an operator's {@code .env} would, plus this machine's database and free ports): it becomes
 * ready, answers operations only on the management port, accepts only tokens of its issuer and audience signed with
 * its key, refuses to start with a weak secret, and stops promptly on SIGTERM.
 */
class PackagedServiceIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration START_LIMIT = Duration.ofSeconds(120);
    private static final String ISSUER = "https://login.pulsecheck-it.example/";
    private static final String AUDIENCE = "pulsecheck-it";
    /** compose's {@code ${NAME:?message}} and {@code ${NAME:-default}}. */
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([?-])([^}]*))?}");

    private static EmbeddedPostgres postgres;
    private static KeyPair keys;
    private static Path work;
    private static Service service;

    private record Service(Process process, int httpPort, int managementPort, Path log) {
    }

    @BeforeAll
    static void startService() throws Exception {
        postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        work = Files.createTempDirectory("pulsecheck-packaged-it");
        Files.writeString(work.resolve("public.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        service = startReady(composeEnvironment(Map.of()), "ready");
    }

    @AfterAll
    static void stopService() throws IOException {
        if (service != null) {
            service.process().destroyForcibly();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void acceptsTokenOfItsIssuerAndAudience() throws Exception {
        assertEquals(200, api(token(header("RS256"), claims(ISSUER, AUDIENCE, Instant.now()))));
    }

    @Test
    void refusesTokenOfForeignIssuer() throws Exception {
        assertEquals(401, api(token(header("RS256"), claims("https://other-idp.example/", AUDIENCE, Instant.now()))));
    }

    @Test
    void refusesTokenForForeignAudience() throws Exception {
        assertEquals(401, api(token(header("RS256"), claims(ISSUER, "another-application", Instant.now()))));
    }

    @Test
    void refusesUnsignedToken() throws Exception {
        String unsigned = base64Url(header("none")) + "." + base64Url(claims(ISSUER, AUDIENCE, Instant.now())) + ".";
        assertEquals(401, api(unsigned));
    }

    @Test
    void refusesHmacTokenKeyedWithThePublicKey() throws Exception {
        // The classic confusion: an HS256 token whose HMAC key is the (public) verification key.
        String input = base64Url(header("HS256")) + "." + base64Url(claims(ISSUER, AUDIENCE, Instant.now()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Files.readAllBytes(work.resolve("public.pem")), "HmacSHA256"));
        assertEquals(401, api(input + "." + base64Url(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)))));
    }

    @Test
    void refusesTokenOlderThanMaximumAge() throws Exception {
        Instant issued = Instant.now().minus(Duration.ofHours(13));
        String claims = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"hr-it\",\"groups\":"
                + "[\"hr-admin\"],\"iat\":" + issued.getEpochSecond() + ",\"exp\":"
                + Instant.now().plus(Duration.ofHours(1)).getEpochSecond() + "}";
        assertEquals(401, api(token(header("RS256"), claims.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void servesOperationsOnlyOnManagementPort() throws Exception {
        for (String path : List.of("/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi", "/q/swagger-ui")) {
            assertEquals(404, get(service.httpPort(), path, null).statusCode(), "public port answers " + path);
        }
        HttpResponse<String> ready = get(service.managementPort(), "/q/health/ready", null);
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"UP\""), ready.body());
        assertEquals(200, get(service.managementPort(), "/q/metrics", null).statusCode());
        assertEquals(404, get(service.managementPort(), "/q/openapi", null).statusCode());
    }

    @Test
    void refusesToStartWithWeakSecretOrWithoutAudience() throws Exception {
        Map<String, String> env = composeEnvironment(Map.of("PULSECHECK_DIGEST_CHART_SECRET", "short"));
        env.remove("MP_JWT_VERIFY_AUDIENCES");
        Service refused = start(env, "refused");
        assertTrue(refused.process().waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS), "it did not exit");
        assertNotEquals(0, refused.process().exitValue());
        List<String> lines = Files.readAllLines(refused.log());
        assertTrue(lines.contains("pulsecheck: refusing to start: PULSECHECK_DIGEST_CHART_SECRET is 5 bytes long; "
                + "a secret needs at least 32 random bytes"), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(
                "pulsecheck: refusing to start: MP_JWT_VERIFY_AUDIENCES is not set")), String.join("\n", lines));
        assertFalse(lines.stream().anyMatch(line -> line.contains("started in")), String.join("\n", lines));
    }

    @Test
    void stopsPromptlyOnSigterm() throws Exception {
        Service own = startReady(composeEnvironment(Map.of()), "stop");
        long before = System.nanoTime();
        own.process().destroy();
        assertTrue(own.process().waitFor(60, TimeUnit.SECONDS), "it did not stop within 60 s");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before);
        System.out.println("PackagedServiceIT: the idle packaged service stopped " + millis
                + " ms after SIGTERM (quarkus.shutdown.timeout 25 s)");
        // Generous: only catches a stop that waits out the shutdown timeout, as Quarkus 3.30.x did.
        assertTrue(millis < 20_000, "stopping took " + millis + " ms");
    }

    // --- the service ------------------------------------------------------------------------------------------------

    /**
     * The compose file's environment for the service, each {@code ${NAME:?...}} filled in (secrets with 32 random
     * bytes), defaults kept; then this machine's database, free ports, and the overrides.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, String> composeEnvironment(Map<String, String> overrides) throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("deploy", "compose.yaml")));
        Map<String, Object> environment = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) compose
                .get("services")).get("pulsecheck")).get("environment");
        Map<String, String> operator = Map.of("POSTGRES_PASSWORD", "postgres",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", work.resolve("public.pem").toString(),
                "MP_JWT_VERIFY_ISSUER", ISSUER, "MP_JWT_VERIFY_AUDIENCES", AUDIENCE);
        Map<String, String> env = new LinkedHashMap<>();
        environment.forEach((name, value) -> {
            Matcher matcher = INTERPOLATION.matcher(String.valueOf(value));
            StringBuilder filled = new StringBuilder();
            while (matcher.find()) {
                String variable = matcher.group(1);
                String replacement;
                if (operator.containsKey(variable)) {
                    replacement = operator.get(variable);
                } else if ("-".equals(matcher.group(2))) {
                    replacement = matcher.group(3);
                } else {
                    // Every other required value in the compose file is a secret.
                    byte[] secret = new byte[32];
                    new SecureRandom().nextBytes(secret);
                    replacement = HexFormat.of().formatHex(secret);
                }
                matcher.appendReplacement(filled, Matcher.quoteReplacement(replacement));
            }
            matcher.appendTail(filled);
            env.put(name, filled.toString());
        });
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        env.putAll(overrides);
        return env;
    }

    private static Service start(Map<String, String> env, String name) throws IOException {
        assertTrue(Files.exists(JAR), JAR + " is missing; run ./mvnw verify");
        int httpPort = freePort();
        int managementPort = freePort();
        Path log = work.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString());
        // Exactly the compose variables: nothing inherited from the build's environment.
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
        builder.environment().put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new Service(builder.start(), httpPort, managementPort, log);
    }

    /**
     * Starts the service and waits until it is ready. A port taken between choosing it and the service binding it (the
     * same number can be handed out again for an outgoing connection) is a fault of the test, not of the service: then
     * it starts again on other ports.
     */
    private static Service startReady(Map<String, String> env, String name) throws Exception {
        for (int attempt = 1;; attempt++) {
            Service started = start(env, name + (attempt == 1 ? "" : "-" + attempt));
            try {
                awaitReady(started);
                return started;
            } catch (AssertionError e) {
                started.process().destroyForcibly().waitFor();
                if (attempt == 3 || !String.valueOf(e.getMessage()).contains("Address already in use")) {
                    throw e;
                }
            }
        }
    }

    private static void awaitReady(Service service) throws Exception {
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!service.process().isAlive()) {
                throw new AssertionError("the service exited:\n" + Files.readString(service.log()));
            }
            try {
                if (get(service.managementPort(), "/q/health/ready", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Still starting.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become ready:\n" + Files.readString(service.log()));
    }

    private static int api(String token) throws Exception {
        return get(service.httpPort(), "/api/v1/settings/anonymity", token).statusCode();
    }

    private static HttpResponse<String> get(int port, String path, String token) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    // --- tokens -----------------------------------------------------------------------------------------------------

    private static byte[] header(String algorithm) {
        return ("{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] claims(String issuer, String audience, Instant now) {
        return ("{\"iss\":\"" + issuer + "\",\"aud\":\"" + audience + "\",\"sub\":\"hr-it\",\"groups\":[\"hr-admin\"],"
                + "\"iat\":" + now.getEpochSecond() + ",\"exp\":" + (now.getEpochSecond() + 3600) + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String token(byte[] header, byte[] claims) throws GeneralSecurityException {
        String input = base64Url(header) + "." + base64Url(claims);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + base64Url(rsa.sign());
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
