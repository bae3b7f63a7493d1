package io.pulsecheck.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import io.pulsecheck.testing.Browser;
import io.pulsecheck.testing.ReleasedCycles;
import io.pulsecheck.testing.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The web check-in in a real browser (headless Chromium), from the link in the mail a real SMTP server received.
 * Screenshots go to {@code target/screenshots/}.
 */
@QuarkusTest
class WebCheckinBrowserTest {

    @Inject
    WebCheckins checkins;

    @Inject
    TestClock clock;

    @TestHTTPResource("/")
    URL server;

    @AfterEach
    void restoreClock() {
        clock.reset();
    }

    @Test
    void answersACheckInEndToEndFromTheEmailedLink() {
        WebCheckins.Checkin checkin = checkins.open(1, "en");
        MailParts mail = onlyMailTo(checkin.email());
        clock.setInstant(WebCheckins.DURING);
        try (Browser browser = Browser.desktop()) {
            WebDriver page = browser.driver();
            page.get(url(mail.checkinPath()));
            assertEquals("en", page.findElement(By.tagName("html")).getAttribute("lang"));
            assertTrue(page.findElement(By.tagName("h1")).getText().startsWith("Check-in with Team "));
            assertTrue(page.getPageSource().contains("What is stored, and what is not"));
            browser.screenshot("web-checkin-form");
            // Every question of the pulse: three to pick, one in words, and the comment.
            page.findElement(By.cssSelector("label[for$='-4']")).click();
            page.findElements(By.cssSelector("fieldset.question")).get(1)
                    .findElement(By.cssSelector("label[for$='-8']")).click();
            page.findElements(By.cssSelector("fieldset.question")).get(2)
                    .findElement(By.cssSelector("label[for$='-0']")).click();
            page.findElement(By.cssSelector("textarea[name^='q-']")).sendKeys("More quiet time");
            page.findElement(By.id("comment")).sendKeys("Thanks for asking");
            fullPageScreenshot(browser, "web-checkin-filled");
            page.findElement(By.cssSelector("button.primary")).click();

            assertEquals("Thank you", browser.awaitText(By.tagName("h1"), "Thank you").getText());
            browser.screenshot("web-checkin-thanks");
        }
        assertEquals(1, checkins.count("select count(*) from receipt where cycle_id = ?1", checkin.cycleId()));
        assertEquals(1, checkins.count("select count(*) from sealed_submission where cycle_id = ?1", checkin.cycleId()));

        ReleasedCycles.release(checkin.cycleId());
        assertEquals(List.of(4L, 8L, 1L), checkins.scores(checkin.cycleId(), checkin.questions().subList(0, 3)));
        assertEquals(1, checkins.count("select count(*) from free_text_answer where cycle_id = ?1 and body = 'More quiet time'",
                checkin.cycleId()));
        assertEquals(1, checkins.count("select count(*) from response_comment where cycle_id = ?1 and body = 'Thanks for asking'",
                checkin.cycleId()));
    }

    @Test
    void aUsedLinkOnlySaysAlreadyAnswered() {
        WebCheckins.Checkin checkin = checkins.open(1, "de");
        MailParts mail = onlyMailTo(checkin.email());
        clock.setInstant(WebCheckins.DURING);
        try (Browser browser = Browser.desktop()) {
            WebDriver page = browser.driver();
            page.get(url(mail.checkinPath()));
            assertEquals("de", page.findElement(By.tagName("html")).getAttribute("lang"));
            page.findElement(By.cssSelector("button.primary")).click();
            assertEquals("Vielen Dank", browser.awaitText(By.tagName("h1"), "Vielen Dank").getText());

            page.get(url(mail.checkinPath()));
            assertEquals("Bereits beantwortet", page.findElement(By.tagName("h1")).getText());
            assertTrue(page.findElements(By.tagName("form")).isEmpty(), "a used link offers no form");
            browser.screenshot("web-checkin-used-link");
        }
        assertEquals(1, checkins.count("select count(*) from sealed_submission where cycle_id = ?1", checkin.cycleId()));
    }

    @Test
    void anExpiredLinkSaysTheCheckInHasClosed() {
        WebCheckins.Checkin checkin = checkins.open(1, "en");
        MailParts mail = onlyMailTo(checkin.email());
        clock.setInstant(WebCheckins.AFTER_CLOSE);
        try (Browser browser = Browser.desktop()) {
            WebDriver page = browser.driver();
            page.get(url(mail.checkinPath()));
            assertEquals("This link has expired", page.findElement(By.tagName("h1")).getText());
            assertTrue(page.findElements(By.tagName("form")).isEmpty());
            browser.screenshot("web-checkin-expired-link");
        }
        assertEquals(0, checkins.count("select count(*) from receipt where cycle_id = ?1", checkin.cycleId()));
        assertEquals(0, checkins.count("select count(*) from sealed_submission where cycle_id = ?1", checkin.cycleId()));
    }

    @Test
    void submitsWithTheKeyboardOnly() {
        WebCheckins.Checkin checkin = checkins.open(1, "en");
        MailParts mail = onlyMailTo(checkin.email());
        clock.setInstant(WebCheckins.DURING);
        try (Browser browser = Browser.desktop()) {
            WebDriver page = browser.driver();
            page.get(url(mail.checkinPath()));
            Actions keys = new Actions(page);
            // Tab into the first group, pick its first answer, move one right; then the next two groups.
            keys.sendKeys(Keys.TAB).sendKeys(Keys.SPACE).sendKeys(Keys.ARROW_RIGHT)
                    .sendKeys(Keys.TAB).sendKeys(Keys.SPACE)
                    .sendKeys(Keys.TAB).sendKeys(Keys.SPACE).sendKeys(Keys.ARROW_RIGHT)
                    .sendKeys(Keys.TAB).sendKeys("Fewer meetings")
                    .sendKeys(Keys.TAB).sendKeys("Keyboard only")
                    .perform();
            WebElement focused = page.switchTo().activeElement();
            assertEquals("comment", focused.getAttribute("id"));
            String outline = (String) ((JavascriptExecutor) page).executeScript(
                    "return getComputedStyle(document.activeElement).outlineStyle");
            assertEquals("solid", outline, "the focused field shows a visible focus ring");
            browser.screenshot("web-checkin-keyboard-focus");
            new Actions(page).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
            assertEquals("Thank you", browser.awaitText(By.tagName("h1"), "Thank you").getText());
        }
        ReleasedCycles.release(checkin.cycleId());
        assertEquals(List.of(1L, 0L, 0L), checkins.scores(checkin.cycleId(), checkin.questions().subList(0, 3)));
    }

    @Test
    void fitsAPhoneScreenWithoutSideways() {
        WebCheckins.Checkin checkin = checkins.open(1, "en");
        MailParts mail = onlyMailTo(checkin.email());
        clock.setInstant(WebCheckins.DURING);
        try (Browser browser = Browser.phone()) {
            WebDriver page = browser.driver();
            page.get(url(mail.checkinPath()));
            JavascriptExecutor js = (JavascriptExecutor) page;
            long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
            long viewport = (Long) js.executeScript("return window.innerWidth");
            assertTrue(scrollWidth <= viewport, "page is " + scrollWidth + " px wide in a " + viewport + " px screen");
            for (WebElement option : page.findElements(By.cssSelector("label.option"))) {
                assertTrue(option.getSize().getHeight() >= 44, "touch targets are at least 44 px high");
            }
            fullPageScreenshot(browser, "web-checkin-phone");
        }
    }

    /** The whole page in one picture: the window grows to the page's height first. */
    private static void fullPageScreenshot(Browser browser, String name) {
        WebDriver page = browser.driver();
        long height = (Long) ((JavascriptExecutor) page).executeScript("return document.documentElement.scrollHeight");
        Dimension size = page.manage().window().getSize();
        page.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 140, 6000)));
        browser.screenshot(name);
        page.manage().window().setSize(size);
    }

    private static MailParts onlyMailTo(String address) {
        List<MimeMessage> mails = WebCheckins.mailsTo(address);
        assertEquals(1, mails.size(), "one mail to " + address);
        return MailParts.of(mails.get(0));
    }

    private String url(String path) {
        String base = server.toString();
        return base.substring(0, base.length() - 1) + path;
    }
}
