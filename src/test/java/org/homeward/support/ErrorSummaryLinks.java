package org.homeward.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links of a form's error summary, and whether each leads to a field of the page: one whose
 * id is the error's field, or that names it among its {@code data-error-key} (homeward.js looks
 * for both, in that order).
 */
public final class ErrorSummaryLinks {

    private static final Pattern SUMMARY = Pattern.compile("(?s)<div class=\"alert alert-danger error-summary\".*?</ul>");
    private static final Pattern LINK = Pattern.compile("<a href=\"#([^\"]+)\" class=\"alert-link\">");

    private ErrorSummaryLinks() {
    }

    /** The fields the summary links to, in its order. */
    public static List<String> targets(String page) {
        Matcher summary = SUMMARY.matcher(page);
        assertTrue(summary.find(), "the page has an error summary");
        List<String> targets = new ArrayList<>();
        Matcher link = LINK.matcher(summary.group());
        while (link.find()) {
            targets.add(link.group(1));
        }
        return targets;
    }

    /** Fails naming every link of the summary that leads to no field of the page. */
    public static void assertEachLeadsToAField(String page) {
        List<String> targets = targets(page);
        assertFalse(targets.isEmpty(), "the summary lists errors");
        List<String> lost = targets.stream().filter(target -> !leadsToAField(page, target)).toList();
        assertTrue(lost.isEmpty(), "summary links that lead to no field: " + lost);
    }

    private static boolean leadsToAField(String page, String target) {
        if (page.contains(" id=\"" + target + "\"")) {
            return true;
        }
        Matcher keys = Pattern.compile("data-error-key=\"([^\"]*)\"").matcher(page);
        while (keys.find()) {
            if (List.of(keys.group(1).split(" ")).contains(target)) {
                return true;
            }
        }
        return false;
    }
}
