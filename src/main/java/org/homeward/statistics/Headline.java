package org.homeward.statistics;

import io.quarkus.qute.RawString;

/**
 * The figures an analyst's home leads with, as the statistics page shows them (small counts
 * hidden and the rest rounded for whoever sees them so): people held, by facility and by sex and
 * age, with their charts drawn on the server.
 */
public record Headline(Dashboard figures, RawString facilities, RawString pyramid) {
}
