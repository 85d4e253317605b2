package org.homeward.staff;

import java.time.Instant;
import java.util.List;

/** A staff member and their scope, as the staff pages and {@code /api/v1/staff} show them. */
public record StaffView(String username, String displayName, Instant lastLoginAt, List<String> facilities,
        List<String> nationalities, long version) {

    static StaffView of(Staff staff) {
        return new StaffView(staff.username, staff.displayName, staff.lastLoginAt,
                staff.facilityScope.stream().sorted().toList(),
                staff.nationalityScope.stream().sorted().toList(), staff.version);
    }
}
