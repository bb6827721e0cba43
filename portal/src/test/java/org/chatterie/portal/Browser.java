package org.chatterie.portal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (never a downloaded browser),
 * with the few moves our journeys need on Vaadin components: type into a field by id, click,
 * wait for text, take a screenshot under target/screenshots.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final Path profile;

    public Browser(String baseUrl, String language) throws IOException {
        this.baseUrl = baseUrl;
        this.profile = Files.createTempDirectory("chatterie-chromium");
        var options = new ChromeOptions();
        options.setBinary(env("CHROMIUM_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,1000",
                "--user-data-dir=" + profile, "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
        return this;
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Waits until Vaadin has no request in flight. */
    public void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return false;"
                        + "return Object.values(window.Vaadin.Flow.clients)"
                        + ".every(c => !c.isActive || !c.isActive());")));
    }

    public WebElement element(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public Browser type(String id, String text) {
        WebElement input = inputOf(element(id));
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
        return this;
    }

    public Browser click(String id) {
        WebElement element = element(id);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element));
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            // Vaadin's development-mode notice can cover a button near the bottom right corner.
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
        }
        waitForVaadin();
        return this;
    }

    /** Clicks the radio button of a group whose label contains {@code label}. */
    public Browser choose(String groupId, String label) {
        for (WebElement radio : element(groupId).findElements(By.tagName("vaadin-radio-button"))) {
            if (radio.getText().contains(label)) {
                radio.findElement(By.tagName("input")).click();
                waitForVaadin();
                return this;
            }
        }
        throw new AssertionError("No option '" + label + "' in " + groupId);
    }

    /** Clicks the button labelled {@code label} in the open dialog (confirm dialogs live in an overlay). */
    public Browser clickInOverlay(String label) {
        wait.until(d -> {
            for (WebElement button : d.findElements(By.cssSelector("vaadin-confirm-dialog-overlay vaadin-button, "
                    + "vaadin-confirm-dialog vaadin-button, vaadin-dialog-overlay vaadin-button"))) {
                if (button.isDisplayed() && button.getText().strip().equals(label)) {
                    button.click();
                    return true;
                }
            }
            return false;
        });
        waitForVaadin();
        return this;
    }

    /** Opens a vaadin-select and picks the item whose text is {@code label}. */
    public Browser chooseInSelect(String id, String label) {
        click(id);
        wait.until(d -> {
            for (WebElement item : d.findElements(By.cssSelector("vaadin-select-item"))) {
                if (item.isDisplayed() && item.getText().strip().equals(label)) {
                    item.click();
                    return true;
                }
            }
            return false;
        });
        waitForVaadin();
        return this;
    }

    public Browser check(String id) {
        element(id).findElement(By.tagName("input")).click();
        waitForVaadin();
        return this;
    }

    public Browser logIn(String email, String password) {
        open("/login");
        WebElement user = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(email);
        WebElement pass = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        pass.sendKeys(password);
        pass.sendKeys(Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
        return this;
    }

    /** Clicks the first visible element matching a CSS selector (for parts without an id). */
    public Browser clickCss(String selector) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector)));
        element.click();
        waitForVaadin();
        return this;
    }

    public Browser logOut() {
        click("logout");
        wait.until(d -> d.getCurrentUrl().contains("/login"));
        return this;
    }

    public String text(String id) {
        return element(id).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void waitForText(String text) {
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** The error message Vaadin shows under an invalid field. */
    public String fieldError(String id) {
        WebElement field = element(id);
        wait.until(d -> field.getAttribute("invalid") != null);
        List<WebElement> messages = field.findElements(By.cssSelector("[slot='error-message']"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private static WebElement inputOf(WebElement field) {
        String tag = field.getTagName();
        if (tag.equals("input") || tag.equals("textarea")) {
            return field;
        }
        List<WebElement> inner = field.findElements(By.cssSelector("input, textarea"));
        return inner.isEmpty() ? field : inner.get(0);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
