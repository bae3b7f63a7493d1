package io.pulsecheck.digest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TrendChartTest {

    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

    @Inject
    InsightFixtures fixtures;

    @Inject
    ChartLinks links;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The path and query of the signed link, requested against the test server. */
    private static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    @Test
    void servesTheTrendChartAsValidPngWithoutToken() throws Exception {
        clock.setInstant(Instant.parse("2026-03-16T07:30:00Z"));
        SeededTeam team = fixtures.teamWithHistory("chart");
        byte[] png = given().urlEncodingEnabled(false)
                .when().get(pathOf(links.trendChartUrl(team.id(), "en")))
                .then().statusCode(200).contentType("image/png")
                .extract().asByteArray();

        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image);
        assertEquals(800, image.getWidth());
        assertEquals(400, image.getHeight());
    }

    @Test
    void refusesTamperedChartLink() {
        clock.setInstant(Instant.parse("2026-03-16T07:30:00Z"));
        SeededTeam team = fixtures.teamWithHistory("chart");
        SeededTeam other = fixtures.team("other", null, 5);
        String path = pathOf(links.trendChartUrl(team.id(), "en"));

        given().urlEncodingEnabled(false).when().get(path.replace(team.id().toString(), other.id().toString()))
                .then().statusCode(404).contentType("application/problem+json");
        given().urlEncodingEnabled(false).when().get(path.replaceAll("sig=[^&]+", "sig=AAAA"))
                .then().statusCode(404);
        given().when().get("/charts/teams/{id}/trend.png", team.id()).then().statusCode(404);
    }

    @Test
    void refusesExpiredChartLink() {
        clock.setInstant(Instant.parse("2026-03-16T07:30:00Z"));
        SeededTeam team = fixtures.teamWithHistory("chart");
        String path = pathOf(links.trendChartUrl(team.id(), "en"));

        clock.advance(Duration.ofDays(15));
        given().urlEncodingEnabled(false).when().get(path).then().statusCode(404);
    }
}
