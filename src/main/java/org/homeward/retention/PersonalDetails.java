package org.homeward.retention;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What anonymization leaves of a copy of a person's record in the audit trail (the before/after of
 * a change, the fields a read showed): the same shape, with the names, aliases, place of birth,
 * documents and notes replaced, and the date of birth cut to its year. What statistics read (sex,
 * nationality, status, category, facility) is left as it was. The same fields the registry itself
 * destroys ({@link Anonymizer}).
 */
final class PersonalDetails {

    static final String REDACTED = "[anonymized]";

    /** Fields whose values are personal wherever they appear. */
    private static final Set<String> TEXTS = Set.of("givenName", "fatherName", "grandfatherName", "familyName",
            "givenNameAr", "fatherNameAr", "grandfatherNameAr", "familyNameAr", "fullName", "placeOfBirth", "note",
            "notes", "documentNumber", "number", "originalName", "reason", "label");
    /** Lists of personal values: emptied. */
    private static final Set<String> LISTS = Set.of("aliases", "documents");
    private static final Set<String> BIRTH_DATES = Set.of("dateOfBirth");

    private static final ObjectMapper JSON = new ObjectMapper();

    private PersonalDetails() {
    }

    /** The redacted form of an event's details (JSON; anything else is replaced whole). */
    static String redact(String details) {
        if (details == null) {
            return null;
        }
        try {
            JsonNode tree = JSON.readTree(details);
            redact(tree);
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException notJson) {
            return JSON.valueToTree(Map.of("redacted", true)).toString();
        }
    }

    private static void redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (TEXTS.contains(name) && value.isValueNode() && !value.isNull()) {
                    field.setValue(object.textNode(REDACTED));
                } else if (LISTS.contains(name) && value.isArray()) {
                    ((ArrayNode) value).removeAll();
                } else if (BIRTH_DATES.contains(name) && value.isTextual() && value.asText().length() >= 4) {
                    field.setValue(object.textNode(value.asText().substring(0, 4)));
                } else {
                    redact(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(PersonalDetails::redact);
        }
    }
}
