package org.homeward.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.homeward.families.Evidence;
import org.homeward.families.LinkChoice;
import org.homeward.movements.MovementType;
import org.homeward.people.DocumentType;

/**
 * The words registers use for a movement, a family relation, the evidence of a link and a kind of
 * document, in English, Arabic and French, as well as Homeward's own names (TRANSFER, CHILD_OF).
 * Read like headers (case, accents, Arabic letter forms and spaces do not matter); a word that is
 * not clearly one thing is empty.
 */
final class CellWords {

    private static final Map<String, MovementType> MOVEMENTS = new HashMap<>();
    private static final Map<String, LinkChoice> RELATIONS = new HashMap<>();
    private static final Map<String, Evidence> EVIDENCE = new HashMap<>();
    private static final Map<String, DocumentType> DOCUMENTS = new HashMap<>();

    static {
        put(MOVEMENTS, MovementType.ADMISSION, "admission", "admitted", "admis", "قبول", "دخول");
        put(MOVEMENTS, MovementType.TRANSFER, "transfer", "transferred", "transfert", "transféré", "نقل", "تحويل");
        put(MOVEMENTS, MovementType.HOSPITALISATION, "hospitalisation", "hospitalization", "hospitalised",
                "hospitalized", "hospital", "hospitalisé", "مستشفى", "استشفاء", "نقل إلى المستشفى");
        put(MOVEMENTS, MovementType.RELEASE, "release", "released", "libération", "libéré", "libérée", "إفراج",
                "إطلاق سراح", "مفرج عنه");
        put(MOVEMENTS, MovementType.REPATRIATION, "repatriation", "repatriated", "rapatriement", "rapatrié",
                "rapatriée", "إعادة إلى الوطن", "إعادة", "عودة إلى الوطن");
        put(MOVEMENTS, MovementType.DEATH, "death", "died", "deceased", "décès", "décédé", "décédée", "وفاة", "متوفى");
        put(MOVEMENTS, MovementType.WHEREABOUTS_UNKNOWN, "whereabouts unknown", "missing", "disappeared", "absconded",
                "disparu", "disparue", "مفقود", "مكان غير معروف", "مجهول المكان");

        put(RELATIONS, LinkChoice.MOTHER_OF, "mother", "mother of", "mère", "mère de", "أم", "الأم", "والدة");
        put(RELATIONS, LinkChoice.FATHER_OF, "father", "father of", "père", "père de", "أب", "الأب", "والد");
        put(RELATIONS, LinkChoice.CHILD_OF, "child", "child of", "son", "son of", "daughter", "daughter of", "enfant",
                "enfant de", "fils", "fils de", "fille", "fille de", "ابن", "ابنة", "بنت", "طفل", "طفلة");
        put(RELATIONS, LinkChoice.SPOUSE_OF, "spouse", "spouse of", "wife", "husband", "époux", "épouse", "conjoint",
                "conjointe", "زوج", "زوجة");
        put(RELATIONS, LinkChoice.SIBLING_OF, "sibling", "sibling of", "brother", "sister", "frère", "sœur", "soeur",
                "أخ", "أخت", "شقيق", "شقيقة");
        put(RELATIONS, LinkChoice.GUARDIAN_OF, "guardian", "guardian of", "tuteur", "tutrice", "tuteur de", "وصي",
                "الوصي");
        put(RELATIONS, LinkChoice.WARD_OF, "ward", "ward of", "pupille", "under guardianship of", "تحت وصاية",
                "تحت الوصاية");

        put(EVIDENCE, Evidence.DECLARED, "declared", "declaration", "declared by the person", "déclaré", "déclaration",
                "تصريح", "مصرح", "إفادة");
        put(EVIDENCE, Evidence.DOCUMENTED, "documented", "document", "documents", "documenté", "pièce", "موثق",
                "وثيقة", "مستند");
        put(EVIDENCE, Evidence.DNA_CONFIRMED, "dna", "dna confirmed", "dna test", "adn", "test adn", "حمض نووي",
                "الحمض النووي", "فحص الحمض النووي");

        put(DOCUMENTS, DocumentType.PASSPORT, "passport", "passeport", "جواز سفر", "جواز السفر");
        put(DOCUMENTS, DocumentType.NATIONAL_ID, "national id", "identity card", "id card", "id", "carte d'identité",
                "carte nationale d'identité", "cni", "بطاقة هوية", "هوية", "الهوية الوطنية");
        put(DOCUMENTS, DocumentType.BIRTH_CERTIFICATE, "birth certificate", "acte de naissance", "شهادة ميلاد",
                "شهادة الميلاد", "وثيقة ولادة");
        put(DOCUMENTS, DocumentType.FAMILY_BOOK, "family book", "family booklet", "livret de famille", "دفتر العائلة",
                "بيان عائلي");
        put(DOCUMENTS, DocumentType.OTHER, "other", "autre", "أخرى", "غير ذلك");
    }

    private CellWords() {
    }

    static Optional<MovementType> movement(String text) {
        return find(MOVEMENTS, text);
    }

    static Optional<LinkChoice> relation(String text) {
        return find(RELATIONS, text);
    }

    static Optional<Evidence> evidence(String text) {
        return find(EVIDENCE, text);
    }

    static Optional<DocumentType> document(String text) {
        return find(DOCUMENTS, text);
    }

    @SafeVarargs
    private static <T extends Enum<T>> void put(Map<String, T> words, T value, String... said) {
        words.put(ImportField.normalized(value.name()), value);
        for (String word : said) {
            words.put(ImportField.normalized(word), value);
        }
    }

    private static <T> Optional<T> find(Map<String, T> words, String text) {
        return Optional.ofNullable(words.get(ImportField.normalized(text)));
    }
}
