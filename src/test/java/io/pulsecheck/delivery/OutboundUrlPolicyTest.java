package io.pulsecheck.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.AdminFixtures;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Webhook URLs HR sets cannot reach the internal network: a host that is no chat platform, plain http to a platform,
 * or an address that resolves inside the network is refused at the API naming the field, and nothing is stored. (The
 * test configuration allows localhost for WireMock; {@link #strictPolicy} is the production default.)
 */
@QuarkusTest
class OutboundUrlPolicyTest {

    private static final String PATH = "/api/v1/digest-subscriptions/{id}";

    @Inject
    DeliveryAdapters adapters;

    @Inject
    OutboundUrlPolicy policy;

    /** Production's default: no private addresses; localhost and 127.0.0.1 on the allowlist. */
    static OutboundUrlPolicy strictPolicy(DeliveryAdapters adapters) {
        OutboundConfig strict = new OutboundConfig() {
            @Override
            public Optional<List<String>> allowedHosts() {
                return Optional.of(List.of("localhost", "127.0.0.1"));
            }

            @Override
            public boolean allowPrivateAddresses() {
                return false;
            }
        };
        return new OutboundUrlPolicy(strict, adapters);
    }

    private static String leader() {
        String person = AdminFixtures.createPerson(AdminFixtures.uniqueEmail(), "Europe/Berlin");
        AdminFixtures.createTeam(AdminFixtures.unique("Policy team"), List.of(person));
        return person;
    }

    private static void refusedAtApi(String url) {
        String leader = leader();
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("channel", "teams", "webhookUrl", url))
                .when().put(PATH, leader)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("webhookUrl"));
        given().auth().oauth2(TestTokens.hrAdmin()).when().get(PATH, leader).then().statusCode(404);
    }

    @Test
    void refusesCloudMetadataAddress() {
        refusedAtApi("http://169.254.169.254/latest/meta-data/");
    }

    @Test
    void refusesLoopbackEvenOnAnAllowedHost() {
        assertEquals("resolves to a private, loopback or link-local address", strictPolicy(adapters)
                .refusalForStoring("http://localhost:8089/hook").orElseThrow());
    }

    @Test
    void refusesHostThatIsNoChatPlatform() {
        refusedAtApi("https://pulsecheck-attacker.example.org/collect");
    }

    @Test
    void refusesPlainHttpToAPlatform() {
        refusedAtApi("http://hooks.slack.com/services/T0/B0/x");
    }

    @Test
    void acceptsTeamsWorkflowsHost() {
        String leader = leader();
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("channel", "teams", "webhookUrl",
                        "https://prod-01.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke"))
                .when().put(PATH, leader)
                .then().statusCode(200);
    }

    @Test
    void recognisesInternalAddresses() throws Exception {
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "::1", "fd12:3456::1", "fe80::1", "::ffff:10.0.0.1")) {
            assertTrue(OutboundUrlPolicy.isInternal(java.net.InetAddress.getByName(address)), address);
        }
        for (String address : List.of("8.8.8.8", "2001:4860:4860::8888", "100.128.0.1")) {
            assertEquals(false, OutboundUrlPolicy.isInternal(java.net.InetAddress.getByName(address)), address);
        }
    }

    @Test
    void platformHostPatternsMatchSubdomainsOnly() {
        assertTrue(OutboundUrlPolicy.matchesAny("abc.webhook.office.com", policy.platformHosts()));
        assertEquals(false, OutboundUrlPolicy.matchesAny("webhook.office.com.attacker.example",
                policy.platformHosts()));
        assertEquals(false, OutboundUrlPolicy.matchesAny("evilhooks.slack.com", List.of("hooks.slack.com")));
    }

    @Test
    void refusesCredentialsBeforeTheHost() {
        assertEquals("must not carry credentials before the host",
                policy.refusalForStoring("https://hooks.slack.com@169.254.169.254/").orElseThrow());
    }
}
