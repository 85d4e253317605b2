package org.homeward.population;

import java.util.List;

/**
 * Names as they reach the registry: one Arabic form, several Latin spellings of it (the same
 * name is written Mohammed, Muhammad, Mohamad… by different registrars).
 */
final class Names {

    /** An Arabic name and the Latin spellings seen for it, the commonest first. */
    record Name(String arabic, List<String> latin) {
    }

    static final List<Name> MALE = List.of(
            name("محمد", "Mohammed", "Muhammad", "Mohamed", "Mohamad", "Muhammed", "Mhmd"),
            name("أحمد", "Ahmed", "Ahmad", "Ahmet"),
            name("عمر", "Omar", "Umar", "Omer"),
            name("علي", "Ali", "Aly"),
            name("يوسف", "Yusuf", "Youssef", "Yousef", "Yusef"),
            name("إبراهيم", "Ibrahim", "Ebrahim", "Brahim"),
            name("خالد", "Khaled", "Khalid"),
            name("عبد الله", "Abdullah", "Abdallah", "Abd Allah", "Abdulla"),
            name("حسن", "Hassan", "Hasan"),
            name("مصطفى", "Mustafa", "Moustafa", "Mostafa"),
            name("حمزة", "Hamza", "Hamzah"),
            name("سليمان", "Sulaiman", "Suleiman", "Soliman"),
            name("عبد الرحمن", "Abdulrahman", "Abd al-Rahman", "Abdelrahman", "Abdul Rahman"),
            name("زكريا", "Zakaria", "Zakariya", "Zakariyya"),
            name("آدم", "Adam"),
            name("إسماعيل", "Ismail", "Ismael", "Ismaeel"),
            name("أسامة", "Osama", "Usama", "Oussama"),
            name("بلال", "Bilal", "Belal"));

    static final List<Name> FEMALE = List.of(
            name("فاطمة", "Fatima", "Fatma", "Fatimah", "Fatemah"),
            name("عائشة", "Aisha", "Aicha", "Ayesha", "Aysha"),
            name("مريم", "Maryam", "Mariam", "Meryem"),
            name("خديجة", "Khadija", "Khadidja", "Khadeeja"),
            name("زينب", "Zainab", "Zeinab", "Zaynab"),
            name("أسماء", "Asma", "Asmaa"),
            name("سارة", "Sara", "Sarah"),
            name("هاجر", "Hajar", "Hagar"),
            name("آمنة", "Amina", "Aminah", "Amena"),
            name("نور", "Nour", "Noor", "Nur"),
            name("صفية", "Safiya", "Safia", "Safiyya"),
            name("رقية", "Ruqayya", "Roqaya", "Rukiye"),
            name("حفصة", "Hafsa", "Hafsah"),
            name("سمية", "Sumayya", "Soumaya", "Sumaya"));

    /** Family and tribe names of the region. */
    static final List<Name> FAMILY_REGIONAL = List.of(
            name("الحسن", "al-Hassan", "Al Hasan", "Elhassan"),
            name("العلي", "al-Ali", "Al Ali", "Alali"),
            name("الخطيب", "al-Khatib", "Alkhatib", "El Khatib"),
            name("الشامي", "al-Shami", "Alshami", "Chami"),
            name("العبيدي", "al-Obaidi", "Al-Ubaidi", "Alobaidi"),
            name("الجبوري", "al-Jubouri", "Aljubouri", "Al Jabouri"),
            name("الدليمي", "al-Dulaimi", "Aldulaimi", "Al-Dulaymi"),
            name("حداد", "Haddad", "Hadad"),
            name("صالح", "Saleh", "Salih", "Salah"),
            name("منصور", "Mansour", "Mansur"),
            name("بن علي", "Ben Ali", "Benali", "Bin Ali"),
            name("التونسي", "al-Tounsi", "Tounsi", "al-Tunisi"),
            name("الشمري", "al-Shammari", "Alshammari", "Shammari"),
            name("العنزي", "al-Enezi", "Alanazi", "al-Anizi"));

    /** Family names of nationals of European and other countries far from the region. */
    static final List<Name> FAMILY_FOREIGN = List.of(
            name("مارتن", "Martin"), name("برنار", "Bernard"), name("دوبوا", "Dubois"), name("مولر", "Müller", "Mueller"),
            name("شميت", "Schmidt", "Schmitt"), name("بيترز", "Peeters"), name("يانسنز", "Janssens"),
            name("دي فريس", "de Vries"), name("سميث", "Smith"), name("جونز", "Jones"), name("يوهانسون", "Johansson"),
            name("ايفانوف", "Ivanov"), name("كريموف", "Karimov"), name("ألييف", "Aliyev", "Aliev"));

    private Names() {
    }

    private static Name name(String arabic, String... latin) {
        return new Name(arabic, List.of(latin));
    }
}
