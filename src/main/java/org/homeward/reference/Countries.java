package org.homeward.reference;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ISO 3166-1 alpha-3 country codes with names in the reader's language, from the JDK's CLDR data,
 * plus the ICAO codes {@code XXA} (stateless) and {@code XXX} (unknown) used on travel documents.
 */
public final class Countries {

    public static final String STATELESS = "XXA";
    public static final String UNKNOWN = "XXX";

    private static final Map<String, String> ALPHA3_TO_ALPHA2 = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            ALPHA3_TO_ALPHA2.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
    }

    private Countries() {
    }

    /** A real country (not the stateless / unknown markers). */
    public static boolean isCountry(String alpha3) {
        return alpha3 != null && ALPHA3_TO_ALPHA2.containsKey(alpha3);
    }

    public static Set<String> codes() {
        return ALPHA3_TO_ALPHA2.keySet();
    }

    public static Optional<String> name(String alpha3, Locale in) {
        if (STATELESS.equals(alpha3) || UNKNOWN.equals(alpha3)) {
            return Optional.empty();
        }
        return Optional.ofNullable(ALPHA3_TO_ALPHA2.get(alpha3)).map(a2 -> new Locale("", a2).getDisplayCountry(in));
    }
}
