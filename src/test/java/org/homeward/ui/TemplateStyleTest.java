package org.homeward.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy allows styles from the application's stylesheets only, so a browser
 * drops an inline {@code style} attribute: a template that has one looks right nowhere.
 */
class TemplateStyleTest {

    private static final Pattern INLINE_STYLE = Pattern.compile("<[^>]*\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateCarriesAnInlineStyle() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<String> offending = files.filter(path -> path.toString().endsWith(".html")).filter(path -> {
                try {
                    return INLINE_STYLE.matcher(Files.readString(path)).find();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(Path::toString).sorted().toList();
            assertEquals(List.of(), offending);
        }
    }
}
