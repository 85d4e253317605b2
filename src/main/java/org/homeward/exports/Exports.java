package org.homeward.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.people.Person;
import org.homeward.people.PersonFilter;
import org.homeward.people.PersonRow;
import org.homeward.people.PersonQueries;
import org.homeward.people.PersonStatus;
import org.homeward.people.Sex;
import org.homeward.access.Caller;
import org.homeward.statistics.Dashboard;
import org.homeward.statistics.StatisticsFilter;
import org.homeward.statistics.StatisticsMessages;
import org.homeward.statistics.StatisticsService;
import org.homeward.people.PeopleMessages;
import org.homeward.statistics.CodeNames;
import org.homeward.reference.CountryNames;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.PluralCategory;
import org.homeward.kernel.ValidationFailed;
import org.homeward.kernel.UserLocale;

/**
 * Exports: a person list exactly as its caller may list it, the statistics report, a country's
 * pack. Each is checked (a format, a stated purpose) before anything is read, audited when it
 * starts and again with its row count when it ends, and written as it is read
 * ({@link Table}): the file streams, and memory does not grow with its rows.
 */
@ApplicationScoped
public class Exports {

    static final String AUDIT_TYPE = "EXPORT";
    private static final int SHORTEST_PURPOSE = 5;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** A file to send: its name, its format, and its bytes as they are written. */
    public record Export(String filename, ExportFormat format, StreamingOutput body) {
    }

    /** What an export writes into its table, once it is open. */
    @FunctionalInterface
    interface Content {
        /** Writes the file's rows; answers how many people it wrote (or, for figures, how many rows). */
        long writeTo(Table table) throws IOException;

        /** Whether the rows are people, one each; a report's are figures. */
        default boolean namesPeople() {
            return true;
        }
    }

    @Inject
    PersonQueries personQueries;

    @Inject
    StatisticsService statisticsService;

    @Inject
    CountryPack packs;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    LocalizedText text;

    @Inject
    UserLocale locale;

    @Inject
    Clock clock;

    /** The person list the filter makes, as the caller may list it; pseudonymized on request. */
    public Export persons(PersonFilter filter, String format, String purpose, boolean pseudonymized) {
        ExportFormat chosen = checked(format, purpose, new FieldErrors());
        Language language = language();
        List<String> header = PersonColumns.header(chosen, pseudonymized, language.export());
        Map<String, Object> details = details("persons", purpose, chosen);
        details.put("filter", filter);
        details.put("pseudonymized", pseudonymized);
        Pseudonymized shown = pseudonymized ? pseudonymized(filter) : null;
        return export("homeward-people", chosen, language.export().persons_title(), purpose, details, language,
                table -> {
                    table.sheet(language.export().persons_title(), header);
                    try (DisclosedRows disclosed = new DisclosedRows(audit, "persons", purpose)) {
                        return personQueries.forEachListed(filter, person -> {
                            written(table, PersonColumns.cells(person, chosen, shown, language.people()));
                            disclosed.add(person.id());
                        });
                    }
                });
    }

    /**
     * This file's pseudonyms and how it coarsens who people are. A list of fewer than five people is
     * not handed out pseudonymized at all: whatever is blanked, so few rows point at their people.
     * A person registered between this count and the file is written with the three blanked.
     */
    private Pseudonymized pseudonymized(PersonFilter filter) {
        Map<Coarsening.Combination, Long> counted = Coarsening.counted(personQueries.facilitySexYearCounts(filter));
        if (counted.values().stream().mapToLong(Long::longValue).sum() < Coarsening.K) {
            throw new ValidationFailed(List.of(text.error("pseudonymized", "export.pseudonymized.too-few",
                    Coarsening.K)));
        }
        return new Pseudonymized(Pseudonyms.forOneExport(), Coarsening.of(counted));
    }

    /** The statistics report under a filter: every breakdown of the statistics page, protected as the page is. */
    public Export report(StatisticsFilter filter, String format, String purpose) {
        ExportFormat chosen = checked(format, purpose, new FieldErrors());
        Language language = language();
        Dashboard figures = statisticsService.dashboard(filter);
        String title = language.export().report_title(figures.from().toString(), figures.to().toString());
        Map<String, Object> details = details("report", purpose, chosen);
        details.put("filter", filter);
        return export("homeward-report", chosen, title, purpose, details, language, new Content() {
            @Override
            public long writeTo(Table table) throws IOException {
                return ReportSheets.write(table, figures, language.stats(), language.export(), language.code());
            }

            @Override
            public boolean namesPeople() {
                return false;
            }
        });
    }

    /** A repatriation officer's pack of their nationals: people, by facility, family groups, cases. */
    public Export countryPack(String country, String format, String purpose) {
        FieldErrors errors = new FieldErrors();
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!packs.mayPack(code)) {
            errors.add(text.error("country", "export.country.required"));
        }
        ExportFormat chosen = checked(format, purpose, errors);
        Language language = language();
        String title = language.export().pack_title(CountryNames.name(code, language.code()));
        Map<String, Object> details = details("countryPack", purpose, chosen);
        details.put("country", code);
        return export("homeward-" + code.toLowerCase(Locale.ROOT), chosen, title, purpose, details, language,
                table -> {
                    try (DisclosedRows disclosed = new DisclosedRows(audit, "countryPack", purpose)) {
                        return packs.write(table, code, language, disclosed);
                    }
                });
    }

    Export export(String name, ExportFormat format, String title, String purpose, Map<String, Object> details,
            Language language, Content content) {
        if (!caller.mayExportNow()) {
            throw new org.homeward.access.ExportsStopped();
        }
        String by = caller.username();
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        audit.record(AuditAction.EXPORT, AUDIT_TYPE, null, with(details, "started", true));
        StreamingOutput body = out -> {
            long[] rows = { 0 };
            boolean[] completed = { false };
            // written once the content is (a document's pages are closed after it): the rows are known.
            // Each value isolated from the sentence around it: in Arabic, a date after Arabic words
            // would otherwise be read as Arabic numbers and drawn back to front (29-11-2026)
            PdfTable.Footer footer = (page, pages) -> language.export().footer(isolated(by),
                    isolated(STAMP.format(at)), isolated(oneLine(purpose)), held(content, rows[0], language),
                    page, pages);
            try {
                // a database cursor lives only inside a transaction: the whole file is written in one
                QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
                    try (Table table = open(format, out, title, footer, language)) {
                        rows[0] = content.writeTo(table);
                    } catch (IOException failed) {
                        throw new UncheckedIOException(failed);
                    }
                });
                completed[0] = true;
            } finally {
                QuarkusTransaction.requiringNew().run(() -> audit.record(AuditAction.EXPORT, AUDIT_TYPE, null,
                        with(with(details, "rows", rows[0]), "completed", completed[0])));
            }
        };
        String filename = name + "-" + LocalDate.now(clock) + "." + format.extension();
        return new Export(filename, format, body);
    }

    private static Table open(ExportFormat format, OutputStream out, String title, PdfTable.Footer footer,
            Language language) throws IOException {
        return switch (format) {
            case CSV -> new CsvTable(out);
            case XLSX -> new XlsxTable(out, language.rightToLeft());
            case PDF -> new PdfTable(out, title, footer, language.export().section_empty(), language.rightToLeft());
        };
    }

    /** How many people a file holds, as its marking says it: a report holds figures, no one. */
    private static String held(Content content, long rows, Language language) {
        return content.namesPeople()
                ? language.export().held_people(rows, PluralCategory.of(rows, language.code()))
                : language.export().held_figures();
    }

    /** A format and a purpose, or 400 naming what is missing — before anything is read. */
    private ExportFormat checked(String format, String purpose, FieldErrors errors) {
        ExportFormat chosen = ExportFormat.of(format);
        if (chosen == null) {
            errors.add(text.error("format", "value.choice"));
        }
        if (purpose == null || purpose.strip().length() < SHORTEST_PURPOSE) {
            errors.add(text.error("purpose", "export.purpose.required"));
        }
        errors.throwIfAny();
        return chosen;
    }

    static Map<String, Object> details(String what, String purpose, ExportFormat format) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("what", what);
        details.put("purpose", purpose.strip());
        details.put("format", format.extension());
        return details;
    }

    private static Map<String, Object> with(Map<String, Object> details, String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(details);
        more.put(key, value);
        return more;
    }

    /** Between a first-strong isolate and its end (Unicode bidirectional algorithm). */
    static String isolated(String value) {
        return "\u2068" + value + "\u2069";
    }

    private static String oneLine(String purpose) {
        return purpose.strip().replaceAll("\\s+", " ");
    }

    private static void written(Table table, List<String> cells) {
        try {
            table.row(cells);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The caller's language, and the message bundles in it. */
    record Language(String code, PeopleMessages people, CodeNames names, ExportMessages export,
            StatisticsMessages stats) {

        boolean rightToLeft() {
            return "ar".equals(code);
        }
    }

    private Language language() {
        return language(locale.get().getLanguage());
    }

    /** A language's bundles: en, ar or fr (anything else is English). */
    static Language language(String asked) {
        String code = "ar".equals(asked) || "fr".equals(asked) ? asked : "en";
        Localized.Literal in = Localized.Literal.of(code);
        return new Language(code, MessageBundles.get(PeopleMessages.class, in), CodeNames.in(code),
                MessageBundles.get(ExportMessages.class, in), MessageBundles.get(StatisticsMessages.class, in));
    }

    /** What a pseudonymized file writes instead of who people are: its own pseudonyms, coarsened combinations. */
    record Pseudonymized(Pseudonyms pseudonyms, Coarsening coarsening) {
    }

    /** The columns of a person list, by format: every field for spreadsheets, a readable few for PDF. */
    static final class PersonColumns {

        private PersonColumns() {
        }

        static List<String> header(ExportFormat format, boolean pseudonymized, ExportMessages m) {
            if (format == ExportFormat.PDF) {
                return pseudonymized
                        ? List.of(m.col_pseudonym(), m.col_sex(), m.col_born(), m.col_nationalities(), m.col_status(),
                                m.col_facility())
                        : List.of(m.col_number(), m.col_name(), m.col_name_ar(), m.col_sex(), m.col_born(),
                                m.col_nationalities(), m.col_status(), m.col_facility());
            }
            return pseudonymized
                    ? List.of("pseudonym", "sex", "yearOfBirth", "nationalities", "category", "status", "facility")
                    : List.of("registrationNumber", "givenName", "fatherName", "grandfatherName", "familyName",
                            "givenNameAr", "fatherNameAr", "grandfatherNameAr", "familyNameAr", "sex", "dateOfBirth",
                            "dateOfBirthPrecision", "nationalities", "documents", "category", "status", "facility");
        }

        /** The cells of one person; {@code pseudonymized} is null for a file with names. */
        static List<String> cells(PersonRow p, ExportFormat format, Pseudonymized pseudonymized,
                PeopleMessages msg) {
            List<String> cells = new ArrayList<>();
            Coarsening.Shown shown = pseudonymized == null ? null : pseudonymized.coarsening().show(
                    new Coarsening.Combination(p.facility(), p.sex(),
                            p.dateOfBirth() == null ? null : p.dateOfBirth().getYear()));
            String pseudonym = pseudonymized == null ? null : pseudonymized.pseudonyms().of(p.id());
            if (format == ExportFormat.PDF) {
                String status = msg.person_status_value(PersonStatus.valueOf(p.status()));
                String nationalities = orEmpty(p.nationalities()).replaceAll(":[A-Z]+", "").replace(';', ' ');
                if (shown != null) {
                    String sex = shown.sex().isEmpty() ? "" : msg.sex_value(Sex.valueOf(shown.sex()));
                    cells.addAll(List.of(pseudonym, sex, shown.year(), nationalities, status, shown.facility()));
                } else {
                    String sex = msg.sex_value(Sex.valueOf(p.sex()));
                    cells.addAll(List.of(p.registrationNumber(), Person.nameOf(p.givenName(), p.fatherName(),
                            p.grandfatherName(), p.familyName()), Person.nameOf(p.givenNameAr(), p.fatherNameAr(),
                            p.grandfatherNameAr(), p.familyNameAr()), sex, p.dateOfBirth() == null ? "" : p.dateOfBirth().toString(),
                            nationalities, status, orEmpty(p.facility())));
                }
                return cells;
            }
            if (shown != null) {
                return List.of(pseudonym, shown.sex(), shown.year(), orEmpty(p.nationalities()), p.category(), p.status(),
                        shown.facility());
            }
            return java.util.Arrays.asList(p.registrationNumber(), orEmpty(p.givenName()), orEmpty(p.fatherName()),
                    orEmpty(p.grandfatherName()), orEmpty(p.familyName()), orEmpty(p.givenNameAr()),
                    orEmpty(p.fatherNameAr()), orEmpty(p.grandfatherNameAr()), orEmpty(p.familyNameAr()), p.sex(),
                    p.dateOfBirth() == null ? "" : p.dateOfBirth().toString(), orEmpty(p.dateOfBirthPrecision()),
                    orEmpty(p.nationalities()), orEmpty(p.documents()), p.category(), p.status(), orEmpty(p.facility()));
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }
    }
}
