package io.pulsecheck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through Selenium, for browser tests. {@code .ci/run} installs {@code chromium}
 * and {@code chromium-driver} when they are missing; the flags keep Chromium off the network (this machine's network
 * is closed, and background connections only slow the start). Screenshots go to {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** How long a page may take to appear on a loaded machine. */
    private static final Duration AWAIT = Duration.ofSeconds(20);

    private final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    /** A desktop-sized window. */
    public static Browser desktop() {
        return open(1280, 900);
    }

    /** A phone-sized window (the width of a small phone). */
    public static Browser phone() {
        return open(390, 844);
    }

    private static Browser open(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        if (Files.isExecutable(CHROMIUM)) {
            options.setBinary(CHROMIUM.toFile());
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=en-US", "--window-size=" + width + "," + height);
        ChromeDriverService.Builder service = new ChromeDriverService.Builder().usingAnyFreePort();
        if (Files.isExecutable(CHROMEDRIVER)) {
            service.usingDriverExecutable(CHROMEDRIVER.toFile());
        }
        ChromeDriver driver = new ChromeDriver(service.build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(width, height));
        return new Browser(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * The element once the page after a click or key press shows it. A click that submits a form returns before the
     * next page has loaded, so looking at once can find the old page or none.
     */
    public WebElement await(By locator) {
        return new WebDriverWait(driver, AWAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** The element once it shows exactly this text (see {@link #await(By)}). */
    public WebElement awaitText(By locator, String text) {
        new WebDriverWait(driver, AWAIT).until(ExpectedConditions.textToBe(locator, text));
        return driver.findElement(locator);
    }

    /** Saves what the page looks like now as {@code target/screenshots/<name>.png} and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path source = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
