package org.homeward.repatriation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a case must show before it may reach a stage. Pure: the facts come in, the unmet
 * conditions go out, each naming the item and the person it concerns. Cumulative: a stage needs
 * everything the stages before it needed, so a consent withdrawn later stops the case again.
 */
final class Gates {

    /** What is known of one subject of the case. {@code travelDocumentExpiry} null: none recorded. */
    record Subject(UUID personId, String label, boolean child, boolean consent, boolean nationalityVerified,
            boolean medicalClearance, LocalDate travelDocumentExpiry, boolean filiationProven) {
    }

    /** A child who would be separated from a parent by the case, in it or staying behind. */
    record Separation(UUID childId, String childLabel, boolean bestInterestsRecorded) {
    }

    record Facts(List<Subject> subjects, List<Separation> separations, LocalDate handoverDate, boolean handoverDetails,
            boolean protocolSigned, LocalDate today) {
    }

    /** One condition not met: the rule (a message key) and whom it concerns (null: the case). */
    record Unmet(String rule, String label) {
    }

    private Gates() {
    }

    static List<Unmet> unmet(Stage target, Facts facts) {
        List<Unmet> unmet = new ArrayList<>();
        if (!target.onPath() || target == Stage.IDENTIFIED) {
            return unmet;
        }
        for (Subject subject : facts.subjects()) {
            if (!subject.consent()) {
                unmet.add(new Unmet("case.gate.consent", subject.label()));
            }
        }
        if (target.atOrBeyond(Stage.CONSULAR_INTERVIEW)) {
            facts.subjects().stream().filter(subject -> !subject.nationalityVerified())
                    .forEach(subject -> unmet.add(new Unmet("case.gate.nationality", subject.label())));
        }
        if (target.atOrBeyond(Stage.DOCUMENTS)) {
            facts.subjects().stream().filter(subject -> subject.child() && !subject.filiationProven())
                    .forEach(subject -> unmet.add(new Unmet("case.gate.filiation", subject.label())));
        }
        if (target.atOrBeyond(Stage.APPROVED)) {
            facts.separations().stream().filter(separation -> !separation.bestInterestsRecorded())
                    .forEach(separation -> unmet.add(new Unmet("case.gate.best-interests", separation.childLabel())));
            for (Subject subject : facts.subjects()) {
                if (!subject.medicalClearance()) {
                    unmet.add(new Unmet("case.gate.medical", subject.label()));
                }
                if (subject.travelDocumentExpiry() == null) {
                    unmet.add(new Unmet("case.gate.travel-document", subject.label()));
                }
            }
        }
        if (target.atOrBeyond(Stage.HANDOVER_SCHEDULED)) {
            if (!facts.handoverDetails()) {
                unmet.add(new Unmet("case.gate.handover-details", null));
            } else {
                facts.subjects().stream().filter(subject -> subject.travelDocumentExpiry() != null
                        && !subject.travelDocumentExpiry().isAfter(facts.handoverDate()))
                        .forEach(subject -> unmet.add(new Unmet("case.gate.travel-document-expiry", subject.label())));
            }
        }
        if (target == Stage.COMPLETED) {
            if (!facts.protocolSigned()) {
                unmet.add(new Unmet("case.gate.protocol", null));
            }
            if (facts.handoverDate() != null && facts.handoverDate().isAfter(facts.today())) {
                unmet.add(new Unmet("case.gate.handover-future", null));
            }
        }
        return unmet;
    }
}
