package org.homeward.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages, driven offline: nothing is downloaded and Chromium is
 * kept from reaching the (closed) internet. Each instance is a fresh browser with no cookies.
 */
final class Browser implements AutoCloseable {

    static final String APP = "http://localhost:" + Integer.getInteger("quarkus.http.test-port", 8081);
    static final String PASSWORD = "e2e-password";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final PageWait wait;
    private final AccessibilityCheck accessibility = new AccessibilityCheck();

    Browser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Chromium and ChromeDriver are needed at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        try {
            profile = Files.createTempDirectory("homeward-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Chromium could not be started headless: " + e.getMessage(), e);
        }
        // generous bounds, waited on conditions (never on time): a loaded machine is slower, not wrong
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        wait = new PageWait(driver, Duration.ofSeconds(30));
    }

    /** A file as the server sent it. */
    record Download(int status, String contentType, byte[] body) {
    }

    /**
     * Submits a form (GET or POST) the way the browser would — its own session, its own fields — but keeps
     * the file it answers with instead of saving it to a download folder.
     */
    Download download(String formId) {
        List<?> parts = (List<?>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById(arguments[0]);
                const fields = new URLSearchParams(new FormData(form));
                const get = form.method.toUpperCase() === 'GET';
                fetch(get ? form.action + '?' + fields : form.action, get ? { credentials: 'same-origin' }
                        : { method: 'POST', credentials: 'same-origin', body: fields }).then(async response => {
                    const bytes = new Uint8Array(await response.arrayBuffer());
                    let binary = '';
                    for (let i = 0; i < bytes.length; i += 8192) {
                        binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
                    }
                    done([response.status, response.headers.get('content-type') || '', btoa(binary)]);
                }).catch(failure => done([0, String(failure), '']));
                """, formId);
        return new Download(((Number) parts.get(0)).intValue(), (String) parts.get(1),
                java.util.Base64.getDecoder().decode((String) parts.get(2)));
    }

    /** Opens a page of Homeward; logs in as {@code username} when Keycloak asks. */
    Browser open(String path, String username) {
        driver.get(APP + path);
        if (onLoginPage()) {
            checkAccessibility();
            logIn(username);
        }
        checkAccessibility();
        return this;
    }

    Browser open(String path) {
        driver.get(APP + path);
        checkAccessibility();
        return this;
    }

    /** The window as wide as a screen of this many pixels (1280 a laptop, 768 a tablet held upright). */
    Browser width(int pixels) {
        driver.manage().window().setSize(new Dimension(pixels, driver.manage().window().getSize().getHeight()));
        return this;
    }

    /**
     * What makes the page wider than its window, so that a reader would have to scroll sideways:
     * the outermost elements that reach past its edge; empty when nothing does.
     */
    List<String> sidewaysOverflow() {
        @SuppressWarnings("unchecked")
        List<String> beyond = (List<String>) driver.executeScript("""
                var width = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= width) { return []; }
                var found = [];
                document.querySelectorAll('body *').forEach(function (element) {
                  var box = element.getBoundingClientRect();
                  var outside = box.right > width + 1 || box.left < -1;
                  var parentOutside = element.parentElement && element.parentElement !== document.body
                    && (function (p) { var b = p.getBoundingClientRect(); return b.right > width + 1 || b.left < -1; })(element.parentElement);
                  if (outside && !parentOutside && !element.closest('.table-responsive, .scroll-box')) {
                    found.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                      + (element.className && element.className.baseVal === undefined ? '.' + element.className.split(' ').join('.') : '')
                      + ' ' + Math.round(box.left) + '..' + Math.round(box.right));
                  }
                });
                return found.length ? found : ['the page is ' + document.documentElement.scrollWidth + ' px wide'];
                """);
        return beyond;
    }

    /** Every page the flows arrive at is checked by axe-core, once per address and language. */
    private void checkAccessibility() {
        accessibility.page(driver);
    }

    void logIn(String username) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        // back at Homeward with the code exchanged: until then the address is the callback's, with code= and state=
        wait.until(d -> d.getCurrentUrl().startsWith(APP)
                && !(d.getCurrentUrl().contains("code=") && d.getCurrentUrl().contains("state=")));
    }

    boolean onLoginPage() {
        return !driver.findElements(By.id("kc-login")).isEmpty();
    }

    /**
     * Chooses a language in the login page's own menu, as a person would. Its entries are the
     * addresses of the page in each language (Keycloak honours kc_locale only on them, not on the
     * authorization request); choosing one loads it.
     */
    Browser chooseLoginLanguage(String lang) {
        WebElement menu = find("login-select-toggle");
        new org.openqa.selenium.support.ui.Select(menu).selectByValue(menu
                .findElement(By.cssSelector("option[value*='kc_locale=" + lang + "']")).getAttribute("value"));
        wait.until(ExpectedConditions.stalenessOf(menu));
        checkAccessibility();
        return this;
    }

    /** Waits until the parts a page fetches once shown (htmx, {@code hx-trigger="load"}) have arrived. */
    Browser settled() {
        waiting().until(driver -> driver.findElements(By.cssSelector("[hx-trigger='load']")).isEmpty());
        checkAccessibility();
        return this;
    }

    /** Chooses a language with the switcher in the navigation, as a person would. */
    Browser chooseLanguage(String lang) {
        // clicked as the page's own script would: after a full-page screenshot Chromium may report
        // the navigation at the top as outside the window, and a pointer click there is refused
        driver.executeScript("arguments[0].click()", find("language-menu"));
        driver.executeScript("arguments[0].click()",
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lang-" + lang))));
        wait.until(d -> lang.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        return this;
    }

    WebElement find(String id) {
        WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        checkAccessibility();
        return element;
    }

    boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /**
     * Clicks as a person would, after scrolling the element into the middle of the view at once:
     * Bootstrap scrolls smoothly, and a click computed mid-scroll lands outside the window.
     */
    void press(String id) {
        WebElement element = find(id);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Clicks something that loads another page, and waits until the page it was on has gone. */
    void clickAndWait(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        driver.executeScript("arguments[0].click()", element);
        wait.until(ExpectedConditions.stalenessOf(element));
        checkAccessibility();
    }

    /** Sets a field the way a date picker would (typing into a date input depends on the browser's locale). */
    void setValue(String id, String value) {
        driver.executeScript("arguments[0].value = arguments[1]", find(id), value);
    }

    void select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(find(id)).selectByValue(value);
    }

    void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    String attribute(By element, String name) {
        return driver.findElement(element).getAttribute(name);
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return wait;
    }

    /** Ends every session the browser holds, Homeward's and Keycloak's: as if both had expired. */
    void forgetAllCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Saves what the user sees as {@code target/e2e-screenshots/<name>.png}. */
    void screenshot(String name) {
        checkAccessibility();
        Path directory = Path.of(System.getProperty("homeward.e2e.screenshots", "target/e2e-screenshots"));
        try {
            Files.createDirectories(directory);
            // The whole page, not only what fits in the window: grow the window, shoot, shrink it back.
            Dimension usual = driver.manage().window().getSize();
            Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
            int chrome = usual.getHeight() - ((Number) driver.executeScript("return window.innerHeight")).intValue();
            driver.manage().window().setSize(new Dimension(usual.getWidth(), height.intValue() + chrome));
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            driver.manage().window().setSize(usual);
            Files.write(directory.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException("Could not save screenshot " + name, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
