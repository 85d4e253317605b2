package org.homeward.imports;

/**
 * A file that cannot be read as a sheet, and why, as a message key of {@code ValidationMessages}
 * with its arguments: the reader knows no language, the service tells the user in theirs.
 */
public class SheetUnreadable extends RuntimeException {

    /** How the refusal answers: not a sheet at all (415), too much of it (413), or a sheet that is broken (400). */
    public enum Why {
        NOT_A_SHEET,
        TOO_LARGE,
        BROKEN
    }

    private final Why why;
    private final String key;
    private final transient Object[] arguments;

    public SheetUnreadable(Why why, String key, Object... arguments) {
        super(key, null, false, false);
        this.why = why;
        this.key = key;
        this.arguments = arguments;
    }

    public Why why() {
        return why;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments;
    }
}
