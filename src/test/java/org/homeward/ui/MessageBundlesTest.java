package org.homeward.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every text exists in English, Arabic and French: no page falls back to another language. */
class MessageBundlesTest {

    @ParameterizedTest(name = "{0} has every key of {1}")
    @CsvSource({
            "messages/msg_ar.properties, messages/msg_en.properties",
            "messages/msg_fr.properties, messages/msg_en.properties",
            "messages/people_ar.properties, messages/people_en.properties",
            "messages/people_fr.properties, messages/people_en.properties",
            "messages/facility_ar.properties, messages/facility_en.properties",
            "messages/facility_fr.properties, messages/facility_en.properties",
            "messages/movement_ar.properties, messages/movement_en.properties",
            "messages/movement_fr.properties, messages/movement_en.properties",
            "messages/family_ar.properties, messages/family_en.properties",
            "messages/family_fr.properties, messages/family_en.properties",
            "messages/cases_ar.properties, messages/cases_en.properties",
            "messages/cases_fr.properties, messages/cases_en.properties",
            "messages/staff_ar.properties, messages/staff_en.properties",
            "messages/staff_fr.properties, messages/staff_en.properties",
            "messages/merge_ar.properties, messages/merge_en.properties",
            "messages/merge_fr.properties, messages/merge_en.properties",
            "messages/stats_ar.properties, messages/stats_en.properties",
            "messages/stats_fr.properties, messages/stats_en.properties",
            "messages/export_ar.properties, messages/export_en.properties",
            "messages/export_fr.properties, messages/export_en.properties",
            "ValidationMessages_ar.properties, ValidationMessages.properties",
            "ValidationMessages_fr.properties, ValidationMessages.properties" })
    void aTranslationHasExactlyTheKeysOfTheEnglishBundle(String translation, String english) throws IOException {
        Set<String> expected = keys(english);
        assertTrue(expected.size() > 10, english + " looks empty");
        assertEquals(expected, keys(translation));
    }

    @ParameterizedTest(name = "{0} has no empty text")
    @CsvSource({ "messages/msg_en.properties", "messages/msg_ar.properties", "messages/msg_fr.properties",
            "messages/people_en.properties", "messages/people_ar.properties", "messages/people_fr.properties",
            "messages/facility_en.properties", "messages/facility_ar.properties", "messages/facility_fr.properties",
            "messages/movement_en.properties", "messages/movement_ar.properties", "messages/movement_fr.properties",
            "messages/family_en.properties", "messages/family_ar.properties", "messages/family_fr.properties",
            "messages/cases_en.properties", "messages/cases_ar.properties", "messages/cases_fr.properties",
            "messages/staff_en.properties", "messages/staff_ar.properties", "messages/staff_fr.properties",
            "messages/duplicates_en.properties", "messages/duplicates_ar.properties", "messages/duplicates_fr.properties",
            "messages/merge_en.properties", "messages/merge_ar.properties", "messages/merge_fr.properties",
            "messages/stats_en.properties", "messages/stats_ar.properties", "messages/stats_fr.properties",
            "messages/export_en.properties", "messages/export_ar.properties", "messages/export_fr.properties",
            "ValidationMessages.properties", "ValidationMessages_ar.properties", "ValidationMessages_fr.properties" })
    void noTextIsEmpty(String bundle) throws IOException {
        Properties properties = load(bundle);
        properties.forEach((key, value) -> assertTrue(!value.toString().isBlank(), bundle + ": " + key + " is empty"));
    }

    private static Set<String> keys(String resource) throws IOException {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
