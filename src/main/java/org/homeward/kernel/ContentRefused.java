package org.homeward.kernel;

/**
 * What was sent is refused for what it is, not for a rule of the record: too large (413) or of a
 * type not accepted (415). The error names the field and says what to do, in the user's language.
 */
public class ContentRefused extends RuntimeException {

    public static final int TOO_LARGE = 413;
    public static final int UNSUPPORTED_TYPE = 415;

    private final int status;
    private final FieldError error;

    public ContentRefused(int status, FieldError error) {
        super(error.field() + ": " + error.message(), null, false, false);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public FieldError error() {
        return error;
    }
}
