package io.pulsecheck.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.pulsecheck.delivery.DeliveryTestSupport;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.schedule.CheckInTick;
import io.pulsecheck.schedule.SchedulerFixtures;
import io.pulsecheck.testing.Browser;
import io.pulsecheck.testing.FakeChatPlatforms;
import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The leader dashboard in headless Chromium: what a leader sees after following the link from their digest, what
 * they may not see, and an action recorded on the page reaching the team's next check-in. Screenshots go to
 * {@code target/screenshots/}.
 */
@QuarkusTest
class DashboardBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    InsightFixtures insights;

    @Inject
    SchedulerFixtures scheduler;

    @Inject
    DashboardSessionSupport sessions;

    @Inject
    CheckInTick tick;

    @Inject
    DeliveryTestSupport delivery;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void dashboardShowsAClosedCheckInAndHidesAnOpenOne() {
        SeededTeam team = insights.teamWithHistory("Platform");
        UUID open = insights.cycle(team, LocalDate.now().minusDays(1), 6, "open");
        for (int i = 0; i < 5; i++) {
            insights.respondWellbeing(team, open, 0);
        }
        insights.comment(team, open, "Open-week comment");
        UUID leader = insights.personId(insights.leader(team.id(), "webhook", InsightFixtures.unique("lea"), "en", "UTC"));

        for (Browser browser : List.of(Browser.desktop(), Browser.phone())) {
            try (browser) {
                WebDriver driver = browser.driver();
                driver.get(url(sessions.linkPath(leader, team.id())));

                assertTrue(driver.getCurrentUrl().endsWith("/dashboard/teams/" + team.id()), driver.getCurrentUrl());
                assertEquals(team.name(), driver.findElement(By.tagName("h1")).getText());
                WebElement closed = driver.findElement(By.cssSelector("tr[data-cycle='2026-03-09']"));
                assertEquals("44.0", closed.findElement(By.cssSelector("td[data-metric='wellbeing'] .value")).getText());
                assertTrue(closed.getText().contains("5 answered"), closed.getText());
                WebElement unreleased = driver.findElement(By.cssSelector("tr[data-released='false']"));
                assertTrue(unreleased.getText().contains("Open: results when it closes"), unreleased.getText());
                assertTrue(unreleased.findElements(By.cssSelector(".value")).isEmpty(), "no number of the open check-in");
                String page = driver.findElement(By.tagName("main")).getText();
                assertTrue(page.contains("Deadlines feel tight"), "comments of the closed check-in");
                assertFalse(page.contains("Open-week comment"), "no comment of the open check-in");
                WebElement chart = driver.findElement(By.cssSelector("img.chart"));
                assertTrue(((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript("return arguments[0].naturalWidth", chart)).intValue() > 0, "the chart loaded");
                Cookie session = driver.manage().getCookieNamed(DashboardSessions.COOKIE);
                assertTrue(session.isHttpOnly() && session.isSecure(), "HttpOnly and Secure");
                assertEquals("Lax", session.getSameSite());
                boolean phone = driver.manage().window().getSize().getWidth() < 600;
                if (!phone) {
                    // The whole page in one picture (docs/dashboard.png is taken from it).
                    long height = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                            .executeScript("return document.documentElement.scrollHeight");
                    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) height + 20));
                }
                browser.screenshot(phone ? "dashboard-team-phone" : "dashboard-team");
            }
        }
    }

    @Test
    void leaderIsRefusedAnotherTeamsPage() {
        SeededTeam own = insights.teamWithHistory("Own");
        SeededTeam other = insights.teamWithHistory("Other");
        UUID leader = insights.personId(insights.leader(own.id(), "webhook", InsightFixtures.unique("lea"), "en", "UTC"));

        try (Browser browser = Browser.desktop()) {
            WebDriver driver = browser.driver();
            driver.get(url(sessions.linkPath(leader, own.id())));
            assertEquals(own.name(), driver.findElement(By.tagName("h1")).getText());

            driver.get(url("/dashboard/teams/" + other.id()));
            assertEquals("Not your team", driver.findElement(By.tagName("h1")).getText());
            assertFalse(driver.getPageSource().contains(other.name()));
            assertFalse(driver.getPageSource().contains("Deadlines feel tight"));
            browser.screenshot("dashboard-refused");
        }
    }

    @Test
    void actionRecordedOnThePageIsToldInTheNextCheckIn() {
        WireMockServer gateway = FakeChatPlatforms.server();
        gateway.resetAll();
        delivery.isolate();
        gateway.stubFor(post(urlEqualTo(FakeChatPlatforms.GATEWAY_PATH)).willReturn(aResponse().withStatus(200)));
        UUID member = scheduler.person(PlatformId.WEBHOOK, "Europe/Berlin", "en");
        UUID leader = scheduler.person(PlatformId.WEBHOOK, "Europe/Berlin", "en");
        UUID team = scheduler.team(List.of(member), List.of(leader));
        UUID schedule = scheduler.weeklySchedule(team, scheduler.questionSet(), LocalDate.of(2021, 3, 22));
        scheduler.update(schedule, s -> s.leaderPromptEnabled = true);
        String action = "We cancelled the Friday status meeting " + UUID.randomUUID().toString().substring(0, 8);
        clock.setInstant(Instant.parse("2021-03-19T10:00:00Z"));

        try (Browser browser = Browser.desktop()) {
            WebDriver driver = browser.driver();
            driver.get(url(sessions.linkPath(leader, team)));
            WebElement field = driver.findElement(By.id("new-action"));
            field.sendKeys(action);
            // Keyboard only: from the text area, Tab reaches the Record button and Enter presses it.
            field.sendKeys(Keys.TAB);
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);

            WebElement recorded = browser.await(By.cssSelector("ul.actions li"));
            assertEquals(action, recorded.findElement(By.tagName("textarea")).getAttribute("value"));
            assertTrue(recorded.getText().contains("Waiting for the next check-in"), recorded.getText());
            browser.screenshot("dashboard-action-recorded");
        }

        clock.setInstant(Instant.parse("2021-03-22T08:00:00Z"));
        tick.runOnce();

        JsonNode prompt = onlyBody(gateway, "checkin.prompt", scheduler.platformUserId(member));
        assertEquals(action, prompt.get("youSaidWeDid").get("actions").get(0).get("text").asText());
        JsonNode leaderPrompt = onlyBody(gateway, "leader.prompt", scheduler.platformUserId(leader));
        assertTrue(leaderPrompt.get("dashboardUrl").asText().contains("/dashboard/open?leader=" + leader),
                leaderPrompt.toString());
    }

    private static JsonNode onlyBody(WireMockServer gateway, String type, String userId) {
        List<LoggedRequest> requests = gateway.findAll(postRequestedFor(urlEqualTo(FakeChatPlatforms.GATEWAY_PATH))
                .withRequestBody(matchingJsonPath("$.type", equalTo(type)))
                .withRequestBody(matchingJsonPath("$.recipient.userId", equalTo(userId))));
        assertEquals(1, requests.size(), type + " to " + userId);
        return DeliveryTestSupport.json(requests.get(0).getBodyAsString());
    }
}
