package org.homeward.people;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * People's current photos, where a feature keeps photos (documents): the id of each one's photo,
 * by person, for the lists, searches and pickers that show who someone is. A port, so that people
 * knows no feature; {@link #NONE} where no feature keeps photos. The caller asks only about people
 * it may already see; the photo itself is fetched, scope-checked and audited on its own.
 */
public interface PersonPhotos {

    PersonPhotos NONE = new PersonPhotos() {
        @Override
        public Map<UUID, UUID> of(Collection<UUID> people) {
            return Map.of();
        }

        @Override
        public Optional<byte[]> picture(UUID photo) {
            return Optional.empty();
        }
    };

    Map<UUID, UUID> of(Collection<UUID> people);

    /**
     * The small picture of one of the photos {@link #of} named (a JPEG), for a document that
     * prints it (the officer's country pack), whose own audit records the people it shows.
     */
    Optional<byte[]> picture(UUID photo);
}
