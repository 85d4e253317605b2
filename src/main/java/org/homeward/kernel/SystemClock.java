package org.homeward.kernel;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** "Today" for rules and ages comes from one clock, in UTC, so tests and servers agree. */
public class SystemClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
