package io.pulsecheck.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.pulsecheck.common.security.Roles;
import io.pulsecheck.testing.FakeIdentityProvider;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * HR signs in to the web view with an OpenID Connect provider (authorization code flow, played by WireMock with a key
 * the test generates), while the API keeps accepting only its bearer tokens.
 */
@QuarkusTest
class HrSignInTest {

    /** Walks the code flow as a browser would: to the provider, back with a code, then to /hr/login again. */
    private Response signInAs(String subject, Set<String> groups) {
        FakeIdentityProvider.nextSignIn(subject, subject, groups);
        Response toProvider = given().redirects().follow(false).when().get("/hr/login");
        assertEquals(302, toProvider.statusCode());
        URI authorize = URI.create(toProvider.header("Location"));
        assertTrue(authorize.toString().startsWith(FakeIdentityProvider.issuer() + "/auth"), authorize.toString());
        Map<String, String> query = query(authorize);
        assertEquals("code", query.get("response_type"));
        assertEquals(FakeIdentityProvider.CLIENT_ID, query.get("client_id"));
        URI callback = URI.create(query.get("redirect_uri"));

        Response back = given().redirects().follow(false).cookies(toProvider.cookies())
                .queryParam("code", "one-time-code").queryParam("state", query.get("state"))
                .when().get(callback.getRawPath());
        assertEquals(302, back.statusCode(), back.asString());
        Map<String, String> cookies = new HashMap<>(toProvider.cookies());
        cookies.putAll(back.cookies());
        return given().redirects().follow(false).cookies(cookies).when().get("/hr/login");
    }

    @Test
    void hrSignsInWithTheIdentityProviderAndSeesTheOrganisationView() {
        Response signedIn = signInAs("hr-" + System.nanoTime() + "@example.com", Set.of(Roles.HR_ADMIN));

        assertEquals(303, signedIn.statusCode(), signedIn.asString());
        assertTrue(signedIn.header("Location").endsWith("/dashboard/org"));
        String session = signedIn.cookie(DashboardSessions.COOKIE);
        assertNotNull(session);
        given().cookie(DashboardSessions.COOKIE, session).when().get("/dashboard/org")
                .then().statusCode(200).body(containsString("Organisation view"));
        given().cookie(DashboardSessions.COOKIE, session).when().get("/dashboard")
                .then().statusCode(200).body(containsString("All teams"));
    }

    @Test
    void identityWithoutTheHrRoleGetsNoSession() {
        Response refused = signInAs("lea-" + System.nanoTime() + "@example.com", Set.of(Roles.LEADER));

        assertEquals(403, refused.statusCode());
        assertNull(refused.cookie(DashboardSessions.COOKIE));
        assertTrue(refused.asString().contains("This sign-in is for HR administrators"));
    }

    @Test
    void apiAnswersWithoutTokenWith401ProblemNotARedirectToTheProvider() {
        given().redirects().follow(false).when().get("/api/v1/teams")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.hrAdmin()).when().get("/api/v1/teams").then().statusCode(200);
    }

    @Test
    void providersIdTokenIsNoApiToken() {
        String idToken = FakeIdentityProvider.idToken("hr@example.com", "hr@example.com", Set.of(Roles.HR_ADMIN));
        given().auth().oauth2(idToken).when().get("/api/v1/teams").then().statusCode(401);
    }

    @Test
    void devSignInsAreAbsentOutsideDevMode() {
        given().redirects().follow(false).when().get("/dev/hr-login").then().statusCode(404);
        given().when().get("/dev/dashboard-link?email=lea@example.com").then().statusCode(404);
        given().when().get("/dashboard/org").then().statusCode(401);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return values;
    }
}
