package org.homeward.movements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.homeward.facilities.FacilityType;
import org.homeward.people.PersonStatus;
import org.junit.jupiter.api.Test;

class MovementRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final UUID CAMP = UUID.randomUUID();
    private static final MovementRules.Destination ANNEX = new MovementRules.Destination(UUID.randomUUID(),
            FacilityType.CAMP_SECTION, true);
    private static final MovementRules.Destination HOSPITAL = new MovementRules.Destination(UUID.randomUUID(),
            FacilityType.HOSPITAL, true);
    private static final MovementRules.Standing IN_CAMP = new MovementRules.Standing(PersonStatus.IN_CAMP, CAMP,
            LocalDate.of(2026, 3, 1));
    private static final MovementRules.Standing RELEASED = new MovementRules.Standing(PersonStatus.RELEASED, null,
            LocalDate.of(2026, 3, 1));

    @Test
    void aTransferFromACampIsPossible() {
        assertEquals(Optional.empty(), violation(IN_CAMP, MovementType.TRANSFER, ANNEX, TODAY));
    }

    @Test
    void someoneNotHeldCannotBeTransferredReleasedOrHospitalised() {
        assertEquals(Optional.of("movement.not-held"), violation(RELEASED, MovementType.TRANSFER, ANNEX, TODAY));
        assertEquals(Optional.of("movement.not-held"), violation(RELEASED, MovementType.RELEASE, null, TODAY));
        assertEquals(Optional.of("movement.not-held"),
                violation(RELEASED, MovementType.HOSPITALISATION, HOSPITAL, TODAY));
    }

    @Test
    void datesCannotBeInTheFutureNorBeforeTheLastMovement() {
        assertEquals(Optional.of("movement.date.future"),
                violation(IN_CAMP, MovementType.TRANSFER, ANNEX, TODAY.plusDays(1)));
        assertEquals(Optional.of("movement.date.before-last"),
                violation(IN_CAMP, MovementType.TRANSFER, ANNEX, LocalDate.of(2026, 2, 28)));
    }

    @Test
    void nothingFollowsADeath() {
        MovementRules.Standing dead = new MovementRules.Standing(PersonStatus.DECEASED, null, TODAY.minusDays(3));
        assertEquals(Optional.of("movement.after-death"), violation(dead, MovementType.ADMISSION, ANNEX, TODAY));
    }

    @Test
    void someoneHeldIsNotAdmittedAgainAndAHospitalisationGoesToAHospital() {
        assertEquals(Optional.of("movement.already-held"), violation(IN_CAMP, MovementType.ADMISSION, ANNEX, TODAY));
        assertEquals(Optional.of("movement.destination.hospital"),
                violation(IN_CAMP, MovementType.HOSPITALISATION, ANNEX, TODAY));
        assertEquals(Optional.of("movement.destination.same"), violation(IN_CAMP, MovementType.TRANSFER,
                new MovementRules.Destination(CAMP, FacilityType.CAMP, true), TODAY));
        assertEquals(Optional.of("movement.destination.closed"), violation(IN_CAMP, MovementType.TRANSFER,
                new MovementRules.Destination(UUID.randomUUID(), FacilityType.CAMP, false), TODAY));
    }

    @Test
    void theStatusFollowsTheMovementAndTheKindOfPlace() {
        assertEquals(PersonStatus.IN_CAMP, MovementRules.statusAfter(MovementType.ADMISSION, FacilityType.CAMP_SECTION));
        assertEquals(PersonStatus.IN_CUSTODY,
                MovementRules.statusAfter(MovementType.TRANSFER, FacilityType.REHABILITATION_CENTRE));
        assertEquals(PersonStatus.HOSPITALISED,
                MovementRules.statusAfter(MovementType.HOSPITALISATION, FacilityType.HOSPITAL));
        assertEquals(PersonStatus.WHEREABOUTS_UNKNOWN,
                MovementRules.statusAfter(MovementType.WHEREABOUTS_UNKNOWN, null));
    }

    private static Optional<String> violation(MovementRules.Standing standing, MovementType type,
            MovementRules.Destination destination, LocalDate date) {
        return MovementRules.violation(standing, type, destination, date, TODAY);
    }
}
