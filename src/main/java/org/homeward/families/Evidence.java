package org.homeward.families;

/** How sure a family link is, from weakest to strongest. */
public enum Evidence {
    DECLARED,
    DOCUMENTED,
    DNA_CONFIRMED;

    /** Strong enough to prove filiation for a repatriation (a document or a DNA test). */
    public boolean proves() {
        return this != DECLARED;
    }
}
