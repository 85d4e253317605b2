package org.homeward.people;

/** The population a person belongs to. */
public enum Category {
    DETAINEE,
    CAMP_RESIDENT
}
