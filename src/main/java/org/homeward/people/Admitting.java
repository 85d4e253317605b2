package org.homeward.people;

import java.time.LocalDate;

/**
 * A person being registered, to be admitted where they are held: raised in the registration's
 * transaction and answered by the movements feature (which knows people; people do not know it).
 * The person is saved with their admission, never without a status; a refused admission refuses
 * the registration.
 */
public record Admitting(Person unsaved, String facilityCode, LocalDate date) {
}
