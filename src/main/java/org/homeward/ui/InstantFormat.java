package org.homeward.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.quarkus.qute.TemplateExtension;

/**
 * Times on pages: to the minute, in UTC, labelled as such. Staff work across borders and time
 * zones; one unambiguous clock avoids "was that their time or mine?".
 */
@TemplateExtension
public final class InstantFormat {

    private static final DateTimeFormatter MINUTES_UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private InstantFormat() {
    }

    static String utc(Instant instant) {
        return MINUTES_UTC.format(instant);
    }
}
