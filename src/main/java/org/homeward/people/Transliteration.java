package org.homeward.people;

import com.ibm.icu.text.Transliterator;

/**
 * Names in a script other than Latin and Arabic (a Russian passport's Cyrillic, Greek) into Latin
 * letters, by ICU's transliterators: the matcher keys Latin and Arabic only. ICU does not promise
 * that one transliterator may serve two threads at once, so each thread has its own.
 */
final class Transliteration {

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private Transliteration() {
    }

    static String toLatin(String text) {
        return TO_LATIN.get().transliterate(text);
    }
}
