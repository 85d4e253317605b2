package org.homeward.imports;

import java.util.List;

import org.homeward.kernel.FieldError;
import org.homeward.people.PersonInput;

/**
 * One row as read, before the registry is asked anything: a registration (or the nationalities and
 * documents to add), the change it asks of a registered person, and what could not be read.
 */
record RowReading(PersonInput person, PersonChange change, List<FieldError> errors) {
}
