package org.homeward.imports;

/** A change asked of an import already committed or discarded: 409, saying which. */
public class ImportClosed extends RuntimeException {

    public ImportClosed(String message) {
        super(message, null, false, false);
    }
}
