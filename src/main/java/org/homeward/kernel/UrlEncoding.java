package org.homeward.kernel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.quarkus.qute.TemplateExtension;

/** {@code {text.urlEncoded}} in templates: a value made safe to put in a link's query string. */
@TemplateExtension
public final class UrlEncoding {

    private UrlEncoding() {
    }

    static String urlEncoded(String text) {
        return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
