package io.pulsecheck.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Opens a leader's dashboard link the way a browser would and hands back the session cookie. */
@ApplicationScoped
public class DashboardSessionSupport {

    @Inject
    DashboardLinks links;

    /** The link's path and query, to call on the test server (the public base URL names another host). */
    public String linkPath(UUID leaderId, UUID teamId) {
        URI link = URI.create(links.forLeader(leaderId, teamId));
        return link.getRawPath() + "?" + link.getRawQuery();
    }

    /** The session cookie's value after opening the leader's link. */
    public String signIn(UUID leaderId) {
        String cookie = given().redirects().follow(false).when().get(linkPath(leaderId, null))
                .then().statusCode(303).extract().cookie(DashboardSessions.COOKIE);
        assertEquals(false, cookie == null || cookie.isEmpty(), "a session cookie");
        return cookie;
    }
}
