package org.homeward.people;

/** How far a nationality is established. */
public enum NationalityStatus {
    CLAIMED,
    VERIFIED,
    DISPUTED
}
