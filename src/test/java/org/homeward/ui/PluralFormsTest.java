package org.homeward.ui;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.homeward.families.FamilyMessages;
import org.homeward.people.PeopleMessages;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count says its noun in the form the language gives that number: Arabic has six (none, one,
 * two, three to ten, eleven to ninety-nine, and a hundred and over take the singular), French
 * counts zero as one, English has two.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class PluralFormsTest {

    private static final String ISOLATED = "\u2068%d\u2069";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar|0|لا يوجد شخص مطابق",
            "ar|1|شخص واحد مطابق",
            "ar|2|شخصان مطابقان",
            "ar|3|%s أشخاص مطابقين",
            "ar|10|%s أشخاص مطابقين",
            "ar|11|%s شخصاً مطابقاً",
            "ar|99|%s شخصاً مطابقاً",
            "ar|100|%s شخص مطابق",
            "ar|103|%s أشخاص مطابقين",
            "en|1|1 person matches",
            "en|0|0 people match",
            "en|2|2 people match",
            "fr|0|0 personne correspond",
            "fr|1|1 personne correspond",
            "fr|2|2 personnes correspondent" })
    void theListOfPeopleCountsInEachLanguagesForms(String language, long count, String expected) {
        PeopleMessages people = MessageBundles.get(PeopleMessages.class, Localized.Literal.of(language));
        assertThat(people.persons_total(count, Plurals.plural(count, language)),
                equalTo(expected.formatted(ISOLATED.formatted(count))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar|2|أسرتان",
            "ar|5|%s أسر",
            "ar|12|%s أسرةً",
            "en|1|1 household",
            "en|7|7 households" })
    void householdsToo(String language, long count, String expected) {
        FamilyMessages family = MessageBundles.get(FamilyMessages.class, Localized.Literal.of(language));
        assertThat(family.households_total(count, Plurals.plural(count, language)),
                equalTo(expected.formatted(ISOLATED.formatted(count))));
    }
}
