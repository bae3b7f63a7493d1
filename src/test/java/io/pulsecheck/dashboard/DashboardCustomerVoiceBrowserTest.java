package io.pulsecheck.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import io.pulsecheck.demo.DemoSeeder;
import io.pulsecheck.teams.Team;
import io.pulsecheck.testing.Browser;
import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The demo customer-service team's page in headless Chromium: both voices on one page, the chart with its customer
 * panels and the relationships the API shows. The screenshot {@code dashboard-customer-voice} is the README's
 * {@code docs/customer-voice.png}.
 */
@QuarkusTest
class DashboardCustomerVoiceBrowserTest {

    private static final String TEAM = "Customer Service (demo)";
    private static final String LEADER = "sofia@example.com";

    @TestHTTPResource("/")
    URL base;

    @Inject
    DemoSeeder demo;

    @Inject
    InsightFixtures insights;

    @Inject
    DashboardSessionSupport sessions;

    @Test
    void demoCustomerServicePageShowsBothVoicesAsTheApiDoes() {
        // The first test of a run that needs the demo seeds it; later ones find it in place.
        demo.seed();
        UUID team = Team.<Team>find("name", TEAM).firstResult().id;
        UUID leader = insights.personId(LEADER);
        JsonPath api = given().auth().oauth2(TestTokens.leader(LEADER))
                .when().get("/api/v1/teams/{id}/insights/customer-voice", team)
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> shownByApi = api.getList("relationships.findAll { it.status == 'shown' }");
        Map<String, Object> lastPaired = api.getMap("cycles.findAll { it.employeeShown }[-1]");

        try (Browser browser = Browser.desktop()) {
            WebDriver driver = browser.driver();
            driver.get(base.toString().replaceAll("/$", "") + sessions.linkPath(leader, team));
            assertEquals(TEAM, driver.findElement(By.tagName("h1")).getText());

            WebElement chart = driver.findElement(By.cssSelector("img.chart"));
            JavascriptExecutor js = (JavascriptExecutor) driver;
            // 400 px of employee indices, then a 160 px panel per customer metric (CSAT and complaints).
            assertEquals(720L, ((Number) js.executeScript("return arguments[0].naturalHeight", chart)).longValue());

            WebElement section = driver.findElement(By.cssSelector("section.customer-voice"));
            assertTrue(section.getText().contains("Association, not cause"), section.getText());
            List<WebElement> shown = section.findElements(By.cssSelector("td[data-status='shown'] .figures"));
            assertFalse(shownByApi.isEmpty(), "the demo year relates stress and the customer metrics");
            assertEquals(shownByApi.size(), shown.size());
            String figures = section.findElements(By.cssSelector("td[data-status='shown'] .figures")).stream()
                    .map(WebElement::getText).toList().toString();
            for (Map<String, Object> relationship : shownByApi) {
                assertTrue(figures.contains("r = " + relationship.get("r") + ", 95% interval "
                        + relationship.get("ciLow") + " to " + relationship.get("ciHigh")), figures);
            }
            WebElement week = section.findElement(
                    By.cssSelector("tr[data-customer-cycle='" + lastPaired.get("cycleDate") + "']"));
            List<String> values = week.findElements(By.cssSelector("td[data-customer-value]")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(2, values.size(), week.getText());

            // The picture: the chart and the relationships, down to the start of the weekly table.
            long bottom = ((Number) js.executeScript("return document.getElementById('customer-weeks')"
                    + ".getBoundingClientRect().top + window.scrollY + 360")).longValue();
            driver.manage().window().setSize(new Dimension(1280, (int) bottom));
            browser.screenshot("dashboard-customer-voice");
        }
    }
}
