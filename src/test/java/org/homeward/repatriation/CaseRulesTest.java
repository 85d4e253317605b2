package org.homeward.repatriation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The stages and gates of a case, without a database. */
class CaseRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void casesMoveForwardOneStageAtATimeBackAnywhereAndEndedCasesNotAtAll() {
        assertEquals(Optional.empty(), Transitions.refusal(Stage.IDENTIFIED, null, Stage.REQUESTED));
        assertEquals(Optional.of("case.transition.skip"), Transitions.refusal(Stage.IDENTIFIED, null, Stage.DOCUMENTS));
        assertEquals(Optional.empty(), Transitions.refusal(Stage.APPROVED, null, Stage.REQUESTED));
        assertEquals(Optional.empty(), Transitions.refusal(Stage.DOCUMENTS, null, Stage.ON_HOLD));
        assertEquals(Optional.empty(), Transitions.refusal(Stage.ON_HOLD, Stage.DOCUMENTS, Stage.DOCUMENTS));
        assertEquals(Optional.of("case.transition.resume"),
                Transitions.refusal(Stage.ON_HOLD, Stage.DOCUMENTS, Stage.APPROVED));
        assertEquals(Optional.empty(), Transitions.refusal(Stage.ON_HOLD, Stage.DOCUMENTS, Stage.WITHDRAWN));
        for (Stage ended : List.of(Stage.COMPLETED, Stage.REJECTED, Stage.WITHDRAWN)) {
            assertEquals(Optional.of("case.transition.closed"), Transitions.refusal(ended, null, Stage.IDENTIFIED));
        }
        assertTrue(Transitions.needsReason(Stage.APPROVED, Stage.DOCUMENTS));
        assertTrue(Transitions.needsReason(Stage.REQUESTED, Stage.REJECTED));
        assertFalse(Transitions.needsReason(Stage.REQUESTED, Stage.NATIONALITY_VERIFICATION));
        assertFalse(Transitions.needsReason(Stage.ON_HOLD, Stage.REQUESTED));
        assertTrue(Transitions.gated(Stage.ON_HOLD, Stage.REQUESTED));
        assertFalse(Transitions.gated(Stage.APPROVED, Stage.DOCUMENTS));
    }

    @Test
    void eachGateAsksForWhatTheStagesBeforeItAskedAndItsOwn() {
        Gates.Subject mother = new Gates.Subject(UUID.randomUUID(), "HW-1", false, true, true, true,
                TODAY.plusYears(1), true);
        Gates.Subject child = new Gates.Subject(UUID.randomUUID(), "HW-2", true, false, false, false, null, false);
        Gates.Facts facts = new Gates.Facts(List.of(mother, child),
                List.of(new Gates.Separation(UUID.randomUUID(), "HW-3", false)), null, false, false, TODAY);

        assertEquals(List.of(), Gates.unmet(Stage.IDENTIFIED, facts));
        assertEquals(List.of(new Gates.Unmet("case.gate.consent", "HW-2")), Gates.unmet(Stage.REQUESTED, facts));
        assertEquals(List.of("case.gate.consent", "case.gate.nationality"),
                rules(Gates.unmet(Stage.CONSULAR_INTERVIEW, facts)));
        assertEquals(List.of("case.gate.consent", "case.gate.nationality", "case.gate.filiation",
                "case.gate.best-interests", "case.gate.medical", "case.gate.travel-document"),
                rules(Gates.unmet(Stage.APPROVED, facts)));
        assertTrue(rules(Gates.unmet(Stage.COMPLETED, facts)).containsAll(List.of("case.gate.handover-details",
                "case.gate.protocol")));
    }

    @Test
    void aTravelDocumentMustOutlastTheHandoverAndTheHandoverDayMustHaveCome() {
        Gates.Subject man = new Gates.Subject(UUID.randomUUID(), "HW-9", false, true, true, true, TODAY.plusDays(3),
                true);
        Gates.Facts soon = new Gates.Facts(List.of(man), List.of(), TODAY.plusDays(10), true, true, TODAY);
        assertEquals(List.of("case.gate.travel-document-expiry"), rules(Gates.unmet(Stage.HANDOVER_SCHEDULED, soon)));
        assertEquals(List.of("case.gate.travel-document-expiry", "case.gate.handover-future"),
                rules(Gates.unmet(Stage.COMPLETED, soon)));
        Gates.Facts done = new Gates.Facts(List.of(man), List.of(), TODAY, true, true, TODAY);
        assertEquals(List.of(), Gates.unmet(Stage.COMPLETED, done));
    }

    private static List<String> rules(List<Gates.Unmet> unmet) {
        return unmet.stream().map(Gates.Unmet::rule).distinct().toList();
    }
}
