package org.homeward.statistics;

/** The age bands of the population pyramid: the ages at which protection needs change. */
public enum AgeBand {
    UNDER_5,
    AGE_5_11,
    AGE_12_17,
    ADULT,
    UNKNOWN
}
