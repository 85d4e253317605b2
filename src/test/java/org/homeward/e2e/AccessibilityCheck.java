package org.homeward.e2e;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Runs axe-core (the script comes in its jar, nothing is fetched) on every page the browser
 * arrives at, once per address and language, and fails the flow on a serious or critical
 * violation: the minor ones are reported by the browser's own audit, these keep someone out.
 */
final class AccessibilityCheck {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /**
     * The login server's pages are the same page whatever their address says (a fresh state and
     * nonce on every login): each is checked once per language for the whole run, not at every login.
     */
    private static final Set<String> LOGIN_SERVER_PAGES_CHECKED = ConcurrentHashMap.newKeySet();

    private final Set<String> checked = new HashSet<>();

    /** Checks the page now shown, unless this address in this language was checked already. */
    void page(WebDriver driver) {
        String address = driver.getCurrentUrl();
        String lang = driver.findElement(By.tagName("html")).getAttribute("lang");
        boolean unchecked = address.startsWith(Browser.APP) ? checked.add(lang + " " + address)
                : LOGIN_SERVER_PAGES_CHECKED.add(lang + " " + address.replaceFirst("[?#].*", ""));
        if (!unchecked) {
            return;
        }
        // Homeward's pages have no frames; only violations are collected (the passes were thrown away)
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder().disableIframeTesting().withOptions(options).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + address + ": " + results.getErrorMessage());
        }
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
        if (!blocking.isEmpty()) {
            throw new AssertionError("Accessibility violations on " + address + " (" + lang + "):\n"
                    + blocking.stream().map(AccessibilityCheck::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + "\n"
                + rule.getNodes().stream().limit(5)
                        .map(node -> "    " + node.getTarget() + " " + abbreviated(node.getHtml()))
                        .collect(Collectors.joining("\n"));
    }

    private static String abbreviated(String html) {
        return html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }
}
