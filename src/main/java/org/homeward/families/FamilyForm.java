package org.homeward.families;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.people.Category;
import org.homeward.people.BirthDateEntry;
import org.homeward.people.NationalityStatus;
import org.homeward.people.PersonInput;
import org.homeward.people.Sex;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.TypedValues;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The "register a mother with her children" form as typed. Children come as parallel lists, one
 * entry per row; empty rows are skipped. Errors are shown on the row they belong to.
 */
public class FamilyForm {

    private static final int MIN_ROWS = 4;
    private static final int MAX_ROWS = 12;
    private static final Pattern CHILD_FIELD = Pattern.compile("^children\\[(\\d+)](.*)$");

    @RestForm public String givenName;
    @RestForm public String fatherName;
    @RestForm public String familyName;
    @RestForm public String givenNameAr;
    @RestForm public String fatherNameAr;
    @RestForm public String familyNameAr;
    @RestForm public String dobDay;
    @RestForm public String dobMonth;
    @RestForm public String dobYear;
    @RestForm public String dobEstimated;
    /** The mother's date of birth as the API takes it, from a client that posts it so rather than in its boxes. */
    @RestForm public String dateOfBirth;
    @RestForm public String dateOfBirthPrecision;
    @RestForm public String nationality;
    @RestForm public String admissionFacility;
    @RestForm public String admissionDate;
    @RestForm public String evidence;
    /** How many child rows the form shows; grows when the user asks for more. */
    @RestForm public String rows;
    @RestForm public List<String> childGivenName = new ArrayList<>();
    @RestForm public List<String> childGivenNameAr = new ArrayList<>();
    @RestForm public List<String> childFamilyName = new ArrayList<>();
    @RestForm public List<String> childSex = new ArrayList<>();
    @RestForm public List<String> childDobDay = new ArrayList<>();
    @RestForm public List<String> childDobMonth = new ArrayList<>();
    @RestForm public List<String> childDobYear = new ArrayList<>();
    @RestForm public List<String> childDobEstimated = new ArrayList<>();
    /** A child's date of birth as the API takes it (see {@link #dateOfBirth}). */
    @RestForm public List<String> childDateOfBirth = new ArrayList<>();
    @RestForm public List<String> childPrecision = new ArrayList<>();

    /** One child's row, numbered from 1 for people, with the errors of its fields. */
    public record ChildRow(int index, int number, String givenName, String givenNameAr, String familyName, String sex,
            BirthDateEntry born, Map<String, String> errors) {

        /** The id of one of the row's inputs: child0-givenName, child1-sex, ... */
        public String id(String field) {
            return "child" + index + "-" + field;
        }

        /** The name errors of one of the row's fields are reported under: children[0].givenName, ... */
        public String errorKey(String field) {
            return "children[" + index + "]." + field;
        }
    }

    static FamilyForm blank() {
        FamilyForm form = new FamilyForm();
        form.admissionDate = java.time.LocalDate.now().toString();
        form.evidence = Evidence.DECLARED.name();
        form.rows = Integer.toString(MIN_ROWS);
        return form;
    }

    public List<ChildRow> childRows(Map<String, String> errors) {
        int rows = rowCount();
        List<ChildRow> children = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Map<String, String> rowErrors = new LinkedHashMap<>();
            String prefix = "children[" + i + "].";
            errors.forEach((field, message) -> {
                if (field.startsWith(prefix)) {
                    rowErrors.put(field.substring(prefix.length()), message);
                }
            });
            children.add(new ChildRow(i, i + 1, at(childGivenName, i), at(childGivenNameAr, i), at(childFamilyName, i),
                    at(childSex, i), BirthDateEntry.shown(childBirthDate(i), at(childDateOfBirth, i),
                            at(childPrecision, i)),
                    rowErrors));
        }
        return children;
    }

    /** The mother's date of birth in its boxes, as typed. */
    public BirthDateEntry birthDate() {
        return BirthDateEntry.shown(motherBirthDate(), dateOfBirth, dateOfBirthPrecision);
    }

    private BirthDateEntry motherBirthDate() {
        return BirthDateEntry.typed(dobDay, dobMonth, dobYear, dobEstimated);
    }

    /** A child's date of birth as typed in the row's boxes; null when the form had no boxes. */
    private BirthDateEntry childBirthDate(int row) {
        if (childDobDay.isEmpty() && childDobMonth.isEmpty() && childDobYear.isEmpty()) {
            return null;
        }
        return BirthDateEntry.typed(at(childDobDay, row), at(childDobMonth, row), at(childDobYear, row),
                at(childDobEstimated, row));
    }

    public int rowCount() {
        int asked;
        try {
            asked = rows == null ? 0 : Integer.parseInt(rows.strip());
        } catch (NumberFormatException notANumber) {
            asked = 0;
        }
        return Math.min(MAX_ROWS, Math.max(MIN_ROWS, Math.max(size(), asked)));
    }

    /** The same form, as typed, with room for more children. */
    void addRows() {
        rows = Integer.toString(Math.min(MAX_ROWS, rowCount() + MIN_ROWS));
    }

    public boolean canAddRows() {
        return rowCount() < MAX_ROWS;
    }

    FamilyRegistrationInput toInput(FieldErrors errors, LocalizedText text) {
        TypedValues values = new TypedValues(errors, text);
        BirthDateEntry.Reading motherBorn = BirthDateEntry.posted(motherBirthDate(), dateOfBirth, dateOfBirthPrecision,
                "mother.dateOfBirth", errors, text);
        PersonInput mother = new PersonInput(givenName, fatherName, null, familyName, givenNameAr, fatherNameAr, null,
                familyNameAr, List.of(), Sex.F, motherBorn.date(), motherBorn.precision(), null,
                blank(nationality) ? List.of()
                        : List.of(new PersonInput.NationalityInput(nationality, NationalityStatus.CLAIMED)),
                List.of(), Category.CAMP_RESIDENT, null,
                new PersonInput.Admission(admissionFacility, values.date(admissionDate, "mother.admission.date")),
                null);
        List<PersonInput> children = new ArrayList<>();
        for (int i : filledRows()) {
            String prefix = "children[" + i + "].";
            BirthDateEntry.Reading born = BirthDateEntry.posted(childBirthDate(i), at(childDateOfBirth, i),
                    at(childPrecision, i), prefix + "dateOfBirth", errors, text);
            children.add(new PersonInput(at(childGivenName, i), null, null, at(childFamilyName, i),
                    at(childGivenNameAr, i), null, null, null, List.of(),
                    values.choice(Sex.class, at(childSex, i), prefix + "sex"), born.date(), born.precision(), null, List.of(), List.of(), null, null, null, null));
        }
        return new FamilyRegistrationInput(mother, children,
                values.choice(Evidence.class, evidence, "evidence"));
    }

    /**
     * The service numbers children among the filled rows; the form shows them on their own row.
     * A date left out comes back without its precision error, which would only repeat it.
     */
    Map<String, String> onRows(Map<String, String> serviceErrors) {
        List<Integer> filled = filledRows();
        Map<String, String> onRows = new LinkedHashMap<>();
        serviceErrors.forEach((field, message) -> {
            Matcher child = CHILD_FIELD.matcher(field);
            onRows.put(child.matches() && Integer.parseInt(child.group(1)) < filled.size()
                    ? "children[" + filled.get(Integer.parseInt(child.group(1))) + "]" + child.group(2) : field,
                    message);
        });
        return onRows;
    }

    private List<Integer> filledRows() {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (!blank(at(childGivenName, i)) || !blank(at(childGivenNameAr, i)) || !blank(at(childDateOfBirth, i))
                    || !blank(at(childDobDay, i)) || !blank(at(childDobMonth, i)) || !blank(at(childDobYear, i))
                    || !blank(at(childFamilyName, i))) {
                filled.add(i);
            }
        }
        return filled;
    }

    private int size() {
        return Math.max(Math.max(childGivenName.size(), childGivenNameAr.size()),
                Math.max(childDateOfBirth.size(), childDobYear.size()));
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
