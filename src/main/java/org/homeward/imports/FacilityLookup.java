package org.homeward.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.homeward.facilities.FacilityRef;
import org.homeward.facilities.FacilityService;

/** Facilities as a file names them: by code, or by name in English or Arabic, however cased or accented. */
@ApplicationScoped
class FacilityLookup {

    @Inject
    FacilityService facilityService;

    /** A lookup of every facility as they are now, for the rows of one file. */
    Function<String, Optional<FacilityRef>> byCodeOrName() {
        Map<String, FacilityRef> facilities = new HashMap<>();
        facilityService.refs().values().forEach(f -> Stream.of(f.code(), f.name(), f.nameAr()).filter(Objects::nonNull)
                .forEach(key -> facilities.putIfAbsent(ImportField.normalized(key), f)));
        return value -> Optional.ofNullable(facilities.get(ImportField.normalized(value)));
    }
}
