package org.homeward.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a column of an import may hold, by the name the API and the mapping use, with the headers
 * under which registers in English, Arabic and French usually carry it. A name column takes
 * either script: each value goes to the Latin or the Arabic field by the letters it is written in.
 */
public enum ImportField {
    GIVEN_NAME("givenName", "given name", "first name", "firstname", "forename", "name", "prénom", "prenom",
            "الاسم", "الاسم الأول", "الاسم الاول", "اسم"),
    FATHER_NAME("fatherName", "father name", "father's name", "fathers name", "father", "nom du père", "prénom du père",
            "père", "اسم الأب", "الأب"),
    GRANDFATHER_NAME("grandfatherName", "grandfather name", "grandfather's name", "grandfather", "nom du grand-père",
            "grand-père", "اسم الجد", "الجد"),
    FAMILY_NAME("familyName", "family name", "surname", "last name", "lastname", "nom", "nom de famille",
            "اسم العائلة", "العائلة", "الكنية", "اللقب"),
    ALIASES("aliases", "alias", "aliases", "aka", "also known as", "nom de guerre", "surnom"),
    SEX("sex", "sex", "gender", "sexe", "genre", "الجنس", "النوع"),
    DATE_OF_BIRTH("dateOfBirth", "date of birth", "birth date", "birthdate", "dob", "born", "date de naissance",
            "né le", "née le", "naissance", "تاريخ الميلاد", "تاريخ الولادة", "المواليد"),
    PLACE_OF_BIRTH("placeOfBirth", "place of birth", "birthplace", "birth place", "lieu de naissance",
            "مكان الميلاد", "مكان الولادة"),
    NATIONALITY("nationality", "nationality", "nationalities", "citizenship", "country", "nationalité", "pays",
            "الجنسية", "البلد"),
    CATEGORY("category", "category", "catégorie", "categorie", "الفئة", "الصفة"),
    FACILITY("facilityCode", "facility", "facility code", "camp", "centre", "center", "site", "établissement",
            "etablissement", "lieu de détention", "المنشأة", "المخيم", "المركز", "مكان الاحتجاز"),
    ADMISSION_DATE("admissionDate", "admission date", "date of admission", "admitted", "admitted on", "arrival date",
            "date of arrival", "date d'admission", "date d'arrivée", "arrivée", "تاريخ القبول", "تاريخ الدخول",
            "تاريخ الوصول"),
    DOCUMENT_NUMBER("documentNumber", "document number", "passport", "passport number", "passport no", "id number",
            "numéro de passeport", "passeport", "numéro de document", "رقم جواز السفر", "جواز السفر", "رقم الوثيقة"),
    DOCUMENT_TYPE("documentType", "document type", "type of document", "type de document", "type de pièce",
            "نوع الوثيقة", "نوع المستند"),
    REGISTRATION_NUMBER("registrationNumber", "registration number", "registration no", "registration", "reg no",
            "homeward number", "hw number", "person", "numéro d'enregistrement", "numéro", "رقم التسجيل", "الرقم",
            "رقم القيد"),
    MOVEMENT_TYPE("movementType", "movement", "movement type", "type", "mouvement", "type de mouvement", "الحركة",
            "نوع الحركة"),
    MOVEMENT_DATE("date", "date", "movement date", "date of movement", "date du mouvement", "التاريخ", "تاريخ الحركة"),
    DESTINATION("toFacilityCode", "to", "to facility", "destination", "new facility", "transferred to", "vers",
            "établissement de destination", "إلى", "الوجهة", "المنشأة الجديدة", "نقل إلى"),
    NOTE("note", "note", "notes", "remark", "remarks", "comment", "remarque", "observations", "ملاحظة", "ملاحظات"),
    RELATIONSHIP("relationship", "relationship", "relation", "link", "kinship", "lien", "lien de parenté", "parenté",
            "صلة القرابة", "القرابة", "الصلة"),
    RELATIVE_NUMBER("relativeNumber", "relative", "relative number", "relative registration number", "related to",
            "related person", "of", "proche", "numéro du proche", "رقم القريب", "القريب"),
    RELATED_ROW("relatedRow", "related row", "relative row", "row of relative", "household row", "ligne du proche",
            "سطر القريب", "صف القريب"),
    EVIDENCE("evidence", "evidence", "proof", "preuve", "justificatif", "الإثبات", "الدليل");

    private static final Pattern MARKS = Pattern.compile("[\\p{M}\\u0640]+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, List<ImportField>> BY_HEADER = new HashMap<>();
    private static final Map<String, ImportField> BY_NAME = new HashMap<>();

    static {
        for (ImportField field : values()) {
            BY_NAME.put(field.apiName, field);
            Arrays.stream(field.headers)
                    .forEach(header -> BY_HEADER.computeIfAbsent(normalized(header), h -> new ArrayList<>()).add(field));
        }
    }

    private final String apiName;
    private final String[] headers;

    ImportField(String apiName, String... headers) {
        this.apiName = apiName;
        this.headers = headers;
    }

    /** The field's name in the API's mapping and in errors ({@code givenName}, {@code facilityCode}). */
    public String apiName() {
        return apiName;
    }

    public static Optional<ImportField> byName(String apiName) {
        return Optional.ofNullable(apiName == null ? null : BY_NAME.get(apiName.strip()));
    }

    /** The field of this kind of import a header names in one of the three languages, if it names one we know. */
    static Optional<ImportField> guess(String header, ImportKind kind) {
        return BY_HEADER.getOrDefault(normalized(header), List.of()).stream().filter(kind::reads).findFirst();
    }

    /** Lower case, without accents, Arabic vowel marks or the kashida, alef forms as one, words joined. */
    static String normalized(String header) {
        if (header == null) {
            return "";
        }
        String text = Normalizer.normalize(header, Normalizer.Form.NFD);
        text = MARKS.matcher(text).replaceAll("");
        text = text.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ة', 'ه').replace('ى', 'ي');
        return NOT_LETTERS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
