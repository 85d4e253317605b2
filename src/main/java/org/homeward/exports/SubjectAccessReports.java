package org.homeward.exports;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.homeward.access.Caller;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditMessages;
import org.homeward.audit.AuditTrail;
import org.homeward.documents.DocumentMessages;
import org.homeward.documents.DocumentService;
import org.homeward.documents.DocumentView;
import org.homeward.facilities.FacilityRef;
import org.homeward.families.FamilyMessages;
import org.homeward.families.RelationshipService;
import org.homeward.families.RelationshipView;
import org.homeward.movements.MovementService;
import org.homeward.movements.MovementView;
import org.homeward.people.Person;
import org.homeward.people.PersonQueries;
import org.homeward.people.PersonView;
import org.homeward.reference.CountryNames;
import org.homeward.repatriation.CaseQueries;
import org.homeward.repatriation.CaseSummary;

/**
 * The subject-access report of one person (issue 23): gathered from each feature through what it
 * offers, every read audited as it is made, plus one event for the report itself. Other people are
 * third parties: relatives appear by what they are to the person and on what evidence, never by name
 * or number, links hidden from the caller not at all, and the names of the person's relatives are
 * blanked out of the notes. As JSON, or as a PDF in the person's language (en, ar, fr).
 */
@ApplicationScoped
public class SubjectAccessReports {

    static final String WHAT = "subjectAccessReport";
    private static final String BLANKED = "[…]";
    /** Name parts shorter than this are not blanked out of notes: "Al" would blank half the text. */
    private static final int SHORTEST_NAME_PART = 3;

    @Inject
    PersonQueries personQueries;

    @Inject
    MovementService movementService;

    @Inject
    RelationshipService relationshipService;

    @Inject
    CaseQueries caseQueries;

    @Inject
    DocumentService documentService;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Exports exports;

    /** The report as data; 404 for a person out of the caller's reach, as anywhere. */
    public SubjectAccessReport report(UUID id, String language) {
        String code = Exports.language(language).code();
        PersonView person = personQueries.get(id);
        List<RelationshipView> links = relationshipService.of(id);
        List<Pattern> relatives = relativesNames(links);
        List<MovementView> movements = movementService.history(id).stream()
                .map(m -> new MovementView(m.id(), m.type(), m.fromFacility(), m.toFacility(), m.date(), blanked(m.note(), relatives),
                        m.recordedBy(), m.recordedAt()))
                .toList();
        List<SubjectAccessReport.FamilyLink> family = links.stream().filter(link -> !link.hidden())
                .map(link -> new SubjectAccessReport.FamilyLink(link.kin(), link.evidence(), link.recordedAt())).toList();
        List<CaseSummary> cases = caseQueries.ofSubject(id);
        List<SubjectAccessReport.FileEntry> files = documentService.of(id, true).stream()
                .map(d -> new SubjectAccessReport.FileEntry(d.kind(), d.contentType(), d.size(), d.uploadedAt(), d.removedAt()))
                .toList();
        List<AuditTrail.Disclosure> disclosures = personQueries.disclosures(id, null, null);
        audit.disclosed(AuditAction.EXPORT, Person.AUDIT_TYPE, id, Map.of("what", WHAT, "language", code), List.of(id));
        return new SubjectAccessReport(Instant.now(), caller.username(), code, person, movements, family, cases, files,
                disclosures, SubjectAccessReport.WITHHELD);
    }

    /** The report as a PDF, written as any export is (marked, audited when it starts and ends). */
    public Exports.Export pdf(UUID id, String language) {
        SubjectAccessReport report = report(id, language);
        Exports.Language words = Exports.language(report.language());
        ExportMessages m = words.export();
        String purpose = m.sar_purpose();
        Map<String, Object> details = Exports.details(WHAT, purpose, ExportFormat.PDF);
        details.put("person", id.toString());
        return exports.export("subject-access-" + report.person().registrationNumber(), ExportFormat.PDF,
                m.sar_title(report.person().registrationNumber()), purpose, details, words,
                table -> write(table, report, words));
    }

    private static long write(Table table, SubjectAccessReport report, Exports.Language words) throws IOException {
        String code = words.code();
        Localized.Literal in = Localized.Literal.of(code);
        ExportMessages m = words.export();
        var people = words.people();
        FamilyMessages family = MessageBundles.get(FamilyMessages.class, in);
        DocumentMessages documents = MessageBundles.get(DocumentMessages.class, in);
        AuditMessages trail = MessageBundles.get(AuditMessages.class, in);
        PersonView p = report.person();
        table.preface(null, null, List.of(m.sar_intro(Exports.isolated(LocalDate.now(ZoneOffset.UTC).toString()))));

        table.sheet(m.sar_record(), List.of(m.sar_field(), m.sar_value()));
        row(table, people.person_registration_number(), Exports.isolated(p.registrationNumber()));
        row(table, people.person_names_latin(), text(p.fullName()));
        row(table, people.person_names_arabic(), text(p.fullNameAr()));
        row(table, people.person_aliases(), String.join(", ", p.aliases()));
        row(table, people.person_sex(), words.names().sex(p.sex()));
        row(table, people.person_date_of_birth(), p.dateOfBirthKnown() == null ? "" : Exports.isolated(p.dateOfBirthKnown()));
        row(table, people.person_place_of_birth(), text(p.placeOfBirth()));
        row(table, people.person_nationalities(), String.join(", ", p.nationalities().stream()
                .map(n -> CountryNames.name(n.country(), code) + " (" + people.nationality_status_value(n.status()) + ")").toList()));
        row(table, people.person_category(), people.category_value(p.category()));
        row(table, people.person_status(), people.person_status_value(p.status()));
        row(table, people.person_facility(), facility(p.currentFacility(), code));
        row(table, people.person_documents(), String.join(", ", p.documents().stream()
                .map(d -> people.document_type_value(d.type()) + " " + Exports.isolated(d.number())).toList()));
        row(table, people.person_flags(), String.join(", ", p.flags().stream().map(people::flag_value).toList()));

        table.sheet(m.sar_movements(), List.of(m.sar_date(), m.sar_movement(), m.sar_from(), m.sar_to()));
        for (MovementView movement : report.movements()) {
            table.row(List.of(movement.date().toString(), words.names().movementType(movement.type()),
                    facility(movement.fromFacility(), code), facility(movement.toFacility(), code)));
        }
        // notes on a table of their own: two wide columns, so that a note is read whole
        List<MovementView> noted = report.movements().stream().filter(movement -> movement.note() != null).toList();
        if (!noted.isEmpty()) {
            table.sheet(m.sar_note(), List.of(m.sar_date(), m.sar_note()));
            for (MovementView movement : noted) {
                table.row(List.of(movement.date().toString(), movement.note()));
            }
        }
        table.sheet(m.sar_family(), List.of(m.sar_relative(), m.sar_evidence(), m.sar_recorded()));
        for (SubjectAccessReport.FamilyLink link : report.familyLinks()) {
            table.row(List.of(family.kin_value(link.kin()) + " (" + m.sar_withheld() + ")",
                    family.evidence_value(link.evidence()), day(link.recordedAt())));
        }
        table.sheet(m.sar_cases(), List.of(m.col_case(), m.sar_country(), m.col_stage()));
        for (CaseSummary found : report.cases()) {
            table.row(List.of(found.caseNumber(), CountryNames.name(found.country(), code), words.names().stage(found.stage())));
        }
        table.sheet(m.sar_files(), List.of(m.sar_kind(), m.sar_added(), m.sar_file_state()));
        for (SubjectAccessReport.FileEntry file : report.documents()) {
            table.row(List.of(documents.kind_value(file.kind()), day(file.uploadedAt()),
                    file.removedAt() == null ? m.sar_file_kept() : m.sar_file_removed()));
        }
        table.sheet(m.sar_disclosures(), List.of(m.sar_when(), m.sar_who(), m.sar_how(), m.sar_why()));
        for (AuditTrail.Disclosure seen : report.disclosures()) {
            table.row(List.of(day(seen.occurredAt()), Exports.isolated(seen.actor()), trail.how_value(seen.how()),
                    text(seen.purpose())));
        }
        return 1;
    }

    private static void row(Table table, String field, String value) throws IOException {
        table.row(List.of(field, value == null ? "" : value));
    }

    private static String facility(FacilityRef facility, String language) {
        return facility == null ? "" : facility.nameIn(language) + " " + Exports.isolated(facility.code());
    }

    private static String day(Instant at) {
        return at == null ? "" : at.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** The parts of the relatives' names (both scripts), as whole words to blank out of notes. */
    private static List<Pattern> relativesNames(List<RelationshipView> links) {
        List<Pattern> names = new ArrayList<>();
        for (RelationshipView link : links) {
            if (link.relative() == null) {
                continue;
            }
            for (String name : new String[] { link.relative().name(), link.relative().nameAr() }) {
                if (name == null) {
                    continue;
                }
                for (String part : name.split("\\s+")) {
                    if (part.length() >= SHORTEST_NAME_PART) {
                        names.add(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(part) + "(?![\\p{L}])",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                    }
                }
            }
        }
        return names;
    }

    static String blanked(String note, List<Pattern> names) {
        if (note == null) {
            return null;
        }
        String blanked = note;
        for (Pattern name : names) {
            blanked = name.matcher(blanked).replaceAll(BLANKED);
        }
        return blanked;
    }
}
