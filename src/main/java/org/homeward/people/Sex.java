package org.homeward.people;

/** Sex as recorded; F or M, as on the registration forms in use. */
public enum Sex {
    F,
    M
}
