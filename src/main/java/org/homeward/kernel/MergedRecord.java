package org.homeward.kernel;

import java.util.UUID;

/**
 * Asked for a record that was merged into another: a read is sent on to the survivor, a change
 * is refused (the change belongs on the survivor, and the caller should see it first).
 */
public class MergedRecord extends RuntimeException {

    private final UUID mergedId;
    private final UUID survivorId;
    private final String survivorNumber;

    public MergedRecord(UUID mergedId, UUID survivorId, String survivorNumber) {
        super("Record " + mergedId + " was merged into " + survivorNumber);
        this.mergedId = mergedId;
        this.survivorId = survivorId;
        this.survivorNumber = survivorNumber;
    }

    public UUID mergedId() {
        return mergedId;
    }

    public UUID survivorId() {
        return survivorId;
    }

    public String survivorNumber() {
        return survivorNumber;
    }
}
