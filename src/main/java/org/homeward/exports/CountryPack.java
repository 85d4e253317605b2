package org.homeward.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homeward.people.PersonFilter;
import org.homeward.people.PersonPhotos;
import org.homeward.people.PersonQueries;
import org.homeward.people.PersonRow;
import org.homeward.repatriation.Stage;
import org.homeward.access.Caller;
import org.homeward.statistics.SvgCharts;

/**
 * The pack a repatriation officer hands to their ministry: their nationals (and no one else) by
 * facility, one by one (with their current photo, in a PDF), in family groups, and their
 * repatriation cases. Exact figures: the officer is entitled to the records themselves.
 */
@ApplicationScoped
class CountryPack {

    /** People written per query for their photos. */
    private static final int PHOTO_BATCH = 200;

    @Inject
    EntityManager em;

    @Inject
    PersonQueries personQueries;

    @Inject
    Caller caller;

    @Inject
    PersonPhotos personPhotos;

    /** An admin packs any country; an officer one of theirs. */
    boolean mayPack(String country) {
        if (country == null || !country.matches("[A-Z]{3}")) {
            return false;
        }
        return caller.worksFor(country);
    }

    long write(Table table, String country, Exports.Language language, DisclosedRows disclosed) throws IOException {
        ExportMessages m = language.export();
        boolean rightToLeft = language.rightToLeft();
        Map<String, Object> nationals = Map.of("country", country);
        List<Object[]> byFacility = rows("""
                select f.code, count(*) from person p join facility f on f.id = p.current_facility_id
                 where p.merged_into is null
                   and p.id in (select n.person_id from person_nationality n where n.country = :country)
                 group by f.code order by 2 desc, 1""", nationals);
        table.sheet(m.pack_by_facility(), List.of(m.col_facility(), m.col_people()));
        if (!byFacility.isEmpty()) {
            table.chart(SvgCharts.bars(m.pack_by_facility(), byFacility.stream()
                    .map(row -> new SvgCharts.Bar((String) row[0], ((Number) row[1]).longValue(), null)).toList(),
                    rightToLeft));
        }
        for (Object[] row : byFacility) {
            table.row(List.of((String) row[0], row[1].toString()));
        }

        table.sheet(m.pack_families(), List.of(m.col_household(), m.col_people()));
        for (Object[] row : rows("""
                select h.household_number, count(*) from household h
                  join household_membership hm on hm.household_id = h.id and hm.left_at is null
                 where hm.person_id in (select n.person_id from person_nationality n where n.country = :country)
                 group by h.household_number order by 1""", nationals)) {
            table.row(List.of((String) row[0], row[1].toString()));
        }

        table.sheet(m.pack_cases(), List.of(m.col_case(), m.col_stage(), m.col_people()));
        for (Object[] row : rows("""
                select c.case_number, c.stage, (select count(*) from repatriation_subject s where s.case_id = c.id)
                  from repatriation_case c where c.country = :country order by c.case_number""", nationals)) {
            table.row(List.of((String) row[0], language.names().stage(Stage.valueOf((String) row[1])), row[2].toString()));
        }

        // the people, one by one, exactly as the officer's own list filtered on the country shows them,
        // each with their current photo where the format draws pictures (the ministry recognises them)
        PersonFilter filter = new PersonFilter(country, null, null, null, null, null, null, null, "name");
        List<String> header = Exports.PersonColumns.header(ExportFormat.PDF, false, m);
        table.sheet(m.pack_people(), table.drawsPictures() ? withFirst(m.col_photo(), header) : header);
        List<PersonRow> batch = new ArrayList<>(PHOTO_BATCH);
        long written = personQueries.forEachListed(filter, person -> {
            batch.add(person);
            if (batch.size() == PHOTO_BATCH) {
                writePeople(table, batch, language, disclosed);
            }
        });
        writePeople(table, batch, language, disclosed);
        return written;
    }

    /** Writes the people gathered and empties the batch: their photos asked for in one query. */
    private void writePeople(Table table, List<PersonRow> batch, Exports.Language language, DisclosedRows disclosed) {
        try {
            Map<UUID, UUID> photos = table.drawsPictures() ? personPhotos.of(batch.stream().map(PersonRow::id).toList())
                    : Map.of();
            for (PersonRow person : batch) {
                List<String> cells = Exports.PersonColumns.cells(person, ExportFormat.PDF, null, language.people());
                if (table.drawsPictures()) {
                    UUID photo = photos.get(person.id());
                    table.row(photo == null ? null : personPhotos.picture(photo).orElse(null), withFirst("", cells));
                } else {
                    table.row(cells);
                }
                disclosed.add(person.id());
            }
            batch.clear();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static List<String> withFirst(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> parameters) {
        var query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
