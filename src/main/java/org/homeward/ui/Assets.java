package org.homeward.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.enterprise.event.Observes;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.runtime.LaunchMode;
import io.vertx.ext.web.Router;

/**
 * Homeward's own stylesheet, script and icon under paths that change with their content
 * ({@code {asset:path('homeward.css')}} is {@code /assets/v/1a2b3c4d5e/homeward.css}), so that a
 * browser on a camp's link keeps them for a year and still gets a new one the moment it changes.
 * The web jars carry their version in their paths already. How long each is kept is set once, for
 * every static file, by {@code quarkus.http.static-resources.max-age}; pages are never kept
 * ({@link NoStoreForDynamicResponses}).
 */
public class Assets {

    private static final String ROOT = "META-INF/resources/assets/";
    private static final Pattern VERSIONED = Pattern.compile("/assets/v/([0-9a-f]{10})/([a-z0-9.-]+)");
    private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

    /** The versioned path of one of Homeward's assets, for a template's link. */
    @TemplateExtension(namespace = "asset")
    static String path(String name) {
        // dev mode serves an edited file without a restart: its version is read again each time
        String version = LaunchMode.current() == LaunchMode.DEVELOPMENT ? version(name)
                : VERSIONS.computeIfAbsent(name, Assets::version);
        return "/assets/v/" + version + "/" + name;
    }

    /**
     * A versioned path is served as the file itself: rerouted to the static handler, which answers
     * with its cache headers and compression. A path whose version is not the current one (a page
     * rendered before a release) is served the current file too: the page still works.
     */
    void route(@Observes Router router) {
        router.routeWithRegex(VERSIONED.pattern()).order(Integer.MIN_VALUE).handler(context -> {
            Matcher versioned = VERSIONED.matcher(context.normalizedPath());
            if (versioned.matches()) {
                context.reroute("/assets/" + versioned.group(2));
            } else {
                context.next();
            }
        });
    }

    private static String version(String name) {
        try (InputStream content = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + name)) {
            if (content == null) {
                throw new IllegalArgumentException("No asset " + name + " in " + ROOT);
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.readAllBytes());
            return HexFormat.of().formatHex(digest).substring(0, 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
