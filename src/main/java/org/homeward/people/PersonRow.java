package org.homeward.people;

import java.time.LocalDate;
import java.util.UUID;

/** A person of a list as an export writes them: plain values, lists joined ("FRA:CLAIMED;MAR:VERIFIED"). */
public record PersonRow(UUID id, String registrationNumber, String givenName, String fatherName,
        String grandfatherName, String familyName, String givenNameAr, String fatherNameAr,
        String grandfatherNameAr, String familyNameAr, String sex, LocalDate dateOfBirth,
        String dateOfBirthPrecision, String nationalities, String documents, String category, String status,
        String facility) {
}
