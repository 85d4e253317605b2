package org.homeward.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * Every column that points at a person has been decided for a merge. A table added later with a
 * foreign key to {@code person} fails here until its author says what a merge does with its rows:
 * move them onto the survivor (and back on an unmerge), take their values into the survivor's
 * record, leave them to the database, or keep them as history of the record they name. (Pending
 * nationality claims were the one column no merge had decided; they now follow the person.)
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class MergeCoverageTest {

    private enum OnMerge {
        /** Moved onto the survivor by {@link AttachedRows}, by id, and moved back by an unmerge. */
        FOLLOWS_THE_PERSON,
        /** The survivor's record takes the values chosen in the comparison ({@link PersonValues}). */
        MERGED_AS_VALUES,
        /** Kept by the database's own triggers from the rows above. */
        KEPT_BY_THE_DATABASE,
        /** Names the record as it was: the merge itself, the pair that led to it, the tombstone's pointer. */
        HISTORY_OF_THE_RECORD
    }

    private static final Map<String, OnMerge> DECIDED = Map.ofEntries(
            Map.entry("movement.person_id", OnMerge.FOLLOWS_THE_PERSON),
            Map.entry("relationship.person_id", OnMerge.FOLLOWS_THE_PERSON),
            Map.entry("relationship.relative_id", OnMerge.FOLLOWS_THE_PERSON),
            Map.entry("household_membership.person_id", OnMerge.FOLLOWS_THE_PERSON),
            Map.entry("household.reference_person_id", OnMerge.FOLLOWS_THE_PERSON),
            Map.entry("repatriation_subject.person_id", OnMerge.FOLLOWS_THE_PERSON),
            Map.entry("repatriation_check.person_id", OnMerge.FOLLOWS_THE_PERSON),
            Map.entry("person_alias.person_id", OnMerge.MERGED_AS_VALUES),
            Map.entry("person_nationality.person_id", OnMerge.MERGED_AS_VALUES),
            Map.entry("person_flag.person_id", OnMerge.MERGED_AS_VALUES),
            Map.entry("identity_document.person_id", OnMerge.MERGED_AS_VALUES),
            Map.entry("multiple_nationality.person_id", OnMerge.KEPT_BY_THE_DATABASE),
            Map.entry("person.merged_into", OnMerge.HISTORY_OF_THE_RECORD),
            Map.entry("person_merge.survivor_id", OnMerge.HISTORY_OF_THE_RECORD),
            Map.entry("person_merge.merged_id", OnMerge.HISTORY_OF_THE_RECORD),
            Map.entry("duplicate_pair.person_a", OnMerge.HISTORY_OF_THE_RECORD),
            Map.entry("duplicate_pair.person_b", OnMerge.HISTORY_OF_THE_RECORD),
            Map.entry("nationality_claim.person_id", OnMerge.FOLLOWS_THE_PERSON),
            Map.entry("document.person_id", OnMerge.FOLLOWS_THE_PERSON));

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyColumnPointingAtAPersonIsDecidedForAMerge() throws SQLException {
        Set<String> pointing = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery("""
                        select c.conrelid::regclass::text || '.' || a.attname
                          from pg_constraint c
                          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
                         where c.contype = 'f' and c.confrelid = 'person'::regclass""")) {
            while (rows.next()) {
                pointing.add(rows.getString(1));
            }
        }
        assertEquals(new TreeSet<>(DECIDED.keySet()), pointing,
                "a column pointing at person that no merge decision covers (or a decision for one that is gone)");
    }
}
