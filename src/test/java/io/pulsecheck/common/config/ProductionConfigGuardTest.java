package io.pulsecheck.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The production start-up check: one sentence per problem, each naming the variable to set. */
class ProductionConfigGuardTest {

    private static final String STRONG = "0123456789abcdef0123456789abcdef";

    private static Map<String, String> safe() {
        Map<String, String> config = new HashMap<>();
        config.put("mp.jwt.verify.publickey.location", "https://login.example.com/jwks");
        config.put("mp.jwt.verify.issuer", "https://login.example.com/");
        config.put("mp.jwt.verify.audiences", "pulsecheck");
        for (String secret : ProductionConfigGuard.REQUIRED_SECRETS) {
            config.put(secret, STRONG);
        }
        return config;
    }

    @Test
    void acceptsCompleteConfiguration() {
        assertEquals(List.of(), ProductionConfigGuard.problems(safe()::get));
    }

    @Test
    void namesEveryMissingSettingOnItsOwnLine() {
        List<String> problems = ProductionConfigGuard.problems(name -> null);
        assertEquals(3 + ProductionConfigGuard.REQUIRED_SECRETS.size(), problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("MP_JWT_VERIFY_PUBLICKEY_LOCATION is not set"));
        assertTrue(problems.get(1).startsWith("MP_JWT_VERIFY_ISSUER is not set"));
        assertTrue(problems.get(2).startsWith("MP_JWT_VERIFY_AUDIENCES is not set"));
        assertTrue(problems.contains("PULSECHECK_DIGEST_CHART_SECRET is not set; set it to at least 32 random bytes"));
    }

    @Test
    void refusesShortRequiredSecret() {
        Map<String, String> config = safe();
        config.put("pulsecheck.security.action-token-secret", "x");
        assertEquals(List.of("PULSECHECK_SECURITY_ACTION_TOKEN_SECRET is 1 bytes long; a secret needs at least 32 "
                + "random bytes"), ProductionConfigGuard.problems(config::get));
    }

    @Test
    void refusesShortOptionalSecretOnlyWhenSet() {
        Map<String, String> config = safe();
        config.put("pulsecheck.webhook.inbound-secret", "short-but-set");
        List<String> problems = ProductionConfigGuard.problems(config::get);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("PULSECHECK_WEBHOOK_INBOUND_SECRET is 13 bytes long"));
    }

    @Test
    void countsBytesNotCharacters() {
        Map<String, String> config = safe();
        // 16 characters, 32 bytes in UTF-8.
        config.put("pulsecheck.digest.chart-secret", "ääääääääääääääää");
        assertEquals(List.of(), ProductionConfigGuard.problems(config::get));
    }

    @Test
    void requiresGatewaySecretWhenGatewayIsSet() {
        Map<String, String> config = safe();
        config.put("pulsecheck.webhook.url", "https://gateway.example.com/hook");
        List<String> problems = ProductionConfigGuard.problems(config::get);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("PULSECHECK_WEBHOOK_SECRET is not set"));
    }

    @Test
    void checksASecretSetUnderItsFormerName() {
        Map<String, String> config = safe();
        config.put(RenamedProperties.oldNameOf("pulsecheck.webhook.inbound-secret").orElseThrow(), "short-but-set");
        List<String> problems = ProductionConfigGuard.problems(config::get);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("PULSECHECK_WEBHOOK_INBOUND_SECRET is 13 bytes long"));
    }

    @Test
    void requiresAnSmtpServerWhenEmailIsEnabled() {
        Map<String, String> config = safe();
        config.put("pulsecheck.email.enabled", "true");
        List<String> problems = ProductionConfigGuard.problems(config::get);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("QUARKUS_MAILER_HOST is not set"));
        config.put("quarkus.mailer.host", "smtp.example.com");
        assertEquals(List.of(), ProductionConfigGuard.problems(config::get));
    }
}
