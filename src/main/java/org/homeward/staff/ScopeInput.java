package org.homeward.staff;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** The scope an admin assigns: facility codes and nationalities, {@code "*"} for all. */
public record ScopeInput(List<String> facilities, List<String> nationalities) {

    Set<String> facilityCodes() {
        return normalized(facilities);
    }

    Set<String> countryCodes() {
        return normalized(nationalities);
    }

    private static Set<String> normalized(List<String> codes) {
        Set<String> set = new TreeSet<>();
        if (codes != null) {
            codes.stream().filter(Objects::nonNull).map(String::strip).filter(code -> !code.isEmpty())
                    .map(code -> code.toUpperCase(Locale.ROOT)).forEach(set::add);
        }
        return set;
    }
}
