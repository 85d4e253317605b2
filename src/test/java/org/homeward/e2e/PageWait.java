package org.homeward.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A wait that, when it gives up, says what the browser was showing instead: the address, the
 * title and the start of the text, with the page's source and a screenshot kept under
 * {@code target/e2e-screenshots/failures/}. A flow that fails on a loaded CI machine, where
 * nobody can look at the browser, is then explained by its own message.
 */
final class PageWait extends WebDriverWait {

    private static final int TEXT_SHOWN = 1500;
    private static final int WARNINGS_SHOWN = 12;

    private final ChromeDriver driver;

    PageWait(ChromeDriver driver, Duration timeout) {
        super(driver, timeout);
        this.driver = driver;
    }

    @Override
    protected RuntimeException timeoutException(String message, Throwable lastException) {
        return super.timeoutException(message + "\n" + whatWasShown(), lastException);
    }

    private String whatWasShown() {
        try {
            String text = driver.findElement(By.tagName("body")).getText();
            String shown = "The browser was at " + driver.getCurrentUrl() + ", titled \"" + driver.getTitle()
                    + "\", showing:\n" + (text.length() > TEXT_SHOWN ? text.substring(0, TEXT_SHOWN) + " …" : text);
            return shown + "\n" + kept() + "\n" + applicationWarnings();
        } catch (WebDriverException e) {
            return "(what the browser showed could not be read: " + e.getMessage() + ")";
        }
    }

    /** The application's last warnings and errors, from the log file the packaged application writes. */
    private static String applicationWarnings() {
        Path log = Path.of("target", "quarkus.log");
        try {
            List<String> warnings = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")).toList();
            List<String> last = warnings.subList(Math.max(0, warnings.size() - WARNINGS_SHOWN), warnings.size());
            return last.isEmpty() ? "(the application logged no warning)"
                    : "The application's last warnings:\n" + String.join("\n", last);
        } catch (IOException e) {
            return "(the application's log could not be read: " + e.getMessage() + ")";
        }
    }

    private String kept() {
        Path directory = Path.of(System.getProperty("homeward.e2e.screenshots", "target/e2e-screenshots"), "failures");
        String name = "failure-" + LocalTime.now().format(DateTimeFormatter.ofPattern("HHmmss-SSS"));
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
            Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            return "(kept as " + directory.resolve(name) + ".html and .png)";
        } catch (IOException | WebDriverException e) {
            return "(the page could not be kept: " + e.getMessage() + ")";
        }
    }
}
