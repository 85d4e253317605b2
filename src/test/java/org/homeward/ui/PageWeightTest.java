package org.homeward.ui;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.homeward.access.Roles;
import org.homeward.support.Given;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.homeward.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a field office's link carries (issue 19): a first visit, with every stylesheet, script and
 * icon the page names, under 150 KB; any later page (its assets kept by the browser) under 15 KB.
 * Counted as a browser receives them: gzipped bodies, and their headers.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class PageWeightTest {

    private static final int FIRST_VISIT_BUDGET = 150 * 1024;
    private static final int LATER_PAGE_BUDGET = 15 * 1024;
    private static final Pattern ASSET = Pattern.compile("<(?:link[^>]*href|script[^>]*src)=\"(/[^\"]+)\"");

    @TestHTTPResource("/")
    URI base;

    /** Thirty people of distinct names and ages (no duplicate pairs for the scans of other tests). */
    private static final List<String> GIVEN = List.of("Amira", "Bilal", "Chiara", "Dmitri", "Esra", "Farid", "Greta",
            "Hamza", "Ingrid", "Jamal", "Karin", "Layla", "Mehmet", "Nadia", "Oskar");
    private static final List<String> FAMILY = List.of("Haddad", "Wagner");

    private static String token;
    private static String personPage;
    private static String campStatistics;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void aCampWithPeople() {
        if (personPage != null) {
            return;
        }
        String camp = TestData.uniqueCode("WEIGHT");
        TestData.facility(camp, "CAMP", null);
        String someone = null;
        for (int i = 0; i < GIVEN.size() * FAMILY.size(); i++) {
            someone = Given.person().in(camp).named(GIVEN.get(i % GIVEN.size()), FAMILY.get(i / GIVEN.size()))
                    .sex(i % 2 == 0 ? "F" : "M").born((1950 + 2 * i) + "-03-15", "EXACT").register();
        }
        personPage = "/persons/" + someone;
        campStatistics = "/statistics?facility=" + camp;
        token = Tokens.of("weight-admin", Roles.ADMIN);
    }

    @Test
    void aFirstVisitWithEveryAssetStaysUnder150KilobytesAndAssetsAreKeptForAYear() {
        HttpResponse<byte[]> page = get("/persons");
        long transferred = weight(page);
        long uncompressed = get("/persons", false).body().length;
        for (String asset : assets(page)) {
            HttpResponse<byte[]> file = get(asset);
            assertThat(asset, file.statusCode(), equalTo(200));
            assertThat(asset + " is kept by the browser", file.headers().firstValue("Cache-Control").orElse(""),
                    containsString("max-age=31536000"));
            assertThat(asset + " is compressed", file.headers().firstValue("Content-Encoding").orElse(""),
                    equalTo("gzip"));
            transferred += weight(file);
            uncompressed += get(asset, false).body().length;
        }
        System.out.printf("First visit to /persons: %,d bytes transferred (%,d uncompressed)%n", transferred,
                uncompressed);
        assertThat(transferred, lessThan((long) FIRST_VISIT_BUDGET));
    }

    @Test
    void laterPagesStayUnder15KilobytesEach() {
        // the statistics of a camp, as its field office opens them: the whole registry's list every
        // facility the other tests of this run have filled (hundreds), which no deployment has
        for (String path : List.of("/persons", personPage, campStatistics)) {
            HttpResponse<byte[]> page = get(path);
            assertThat(path, page.statusCode(), equalTo(200));
            assertThat(path + " is compressed", page.headers().firstValue("Content-Encoding").orElse(""),
                    equalTo("gzip"));
            assertThat(path + " is not kept", page.headers().firstValue("Cache-Control").orElse(""),
                    equalTo("no-store"));
            System.out.printf("Later visit to %s: %,d bytes transferred (%,d uncompressed)%n", path, weight(page),
                    get(path, false).body().length);
            assertThat(path, weight(page), lessThan((long) LATER_PAGE_BUDGET));
        }
    }

    @Test
    void everyPageNamesHomewardsOwnAssetsByTheirVersionedPaths() {
        List<String> assets = assets(get("/persons"));
        assertThat(assets.toString(), assets.stream().filter(a -> a.startsWith("/assets/")).count(), equalTo(3L));
        for (String asset : assets) {
            if (asset.startsWith("/assets/")) {
                assertThat(asset, asset, matchesPattern("/assets/v/[0-9a-f]{10}/[a-z.]+"));
            }
        }
    }

    /** The stylesheets, scripts and icon a page names (read from its uncompressed form). */
    private static List<String> assets(HttpResponse<byte[]> page) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = ASSET.matcher(html(page));
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return new ArrayList<>(found);
    }

    private static String html(HttpResponse<byte[]> page) {
        try (InputStream body = new ByteArrayInputStream(page.body());
                InputStream text = "gzip".equals(page.headers().firstValue("Content-Encoding").orElse(""))
                        ? new GZIPInputStream(body) : body) {
            return new String(text.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<byte[]> get(String path) {
        return get(path, true);
    }

    private HttpResponse<byte[]> get(String path, boolean gzip) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token);
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        try {
            return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bytes on the wire: the body as sent and the response's headers. */
    private static long weight(HttpResponse<byte[]> response) {
        long headers = response.headers().map().entrySet().stream()
                .mapToLong(h -> h.getValue().stream().mapToLong(v -> h.getKey().length() + 2 + v.length() + 2).sum())
                .sum();
        return response.body().length + headers + "HTTP/1.1 200 OK\r\n\r\n".length();
    }
}
