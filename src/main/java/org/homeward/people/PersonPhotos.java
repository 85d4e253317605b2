package org.homeward.people;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * People's current photos, where a feature keeps photos (documents): the id of each one's photo,
 * by person, for the lists, searches and pickers that show who someone is. A port, so that people
 * knows no feature; {@link #NONE} where no feature keeps photos. The caller asks only about people
 * it may already see; the photo itself is fetched, scope-checked and audited on its own.
 */
public interface PersonPhotos {

    PersonPhotos NONE = people -> Map.of();

    Map<UUID, UUID> of(Collection<UUID> people);
}
