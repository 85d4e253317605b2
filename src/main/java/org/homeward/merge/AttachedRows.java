package org.homeward.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The rows that belong to a person and follow them into the surviving record — movements, family
 * links, household memberships, repatriation cases, files — and back out on an unmerge. What moved is
 * listed by row id, so an unmerge moves exactly those rows and nothing recorded since.
 */
@ApplicationScoped
class AttachedRows {

    /**
     * The rows a merge moved or ended, by id; the nationality claims it moved, by country (null in
     * merges recorded before claims followed the person: they moved none); the files it moved (null
     * in merges recorded before people had files).
     */
    public record Moved(List<UUID> movements, List<UUID> linksAsPerson, List<UUID> linksAsRelative,
            List<UUID> linksRemoved, List<UUID> memberships, List<UUID> membershipsEnded,
            List<UUID> householdsReferenced, List<UUID> caseSubjects, List<UUID> checks, List<String> claims,
            List<UUID> documents) {

        public int links() {
            return linksAsPerson.size() + linksAsRelative.size();
        }
    }

    /** A reason the two records cannot be merged as they are: a message key for the rule. */
    enum Conflict {
        DIFFERENT_PARENTS("merge.parents.differ"),
        DIFFERENT_HOUSEHOLDS("merge.households.differ"),
        SAME_CASE_COUNTRY("merge.cases.overlap");

        final String rule;

        Conflict(String rule) {
            this.rule = rule;
        }
    }

    @Inject
    EntityManager em;

    /**
     * What a person must decide before merging: two different mothers (or fathers), two current
     * households, or two repatriation cases for one country. Merged silently, one of them would be
     * lost or the family would read wrong.
     */
    List<Conflict> conflicts(UUID survivor, UUID merged) {
        List<Conflict> conflicts = new ArrayList<>();
        if (exists("""
                select 1 from relationship a join relationship b on b.type = a.type and b.relative_id = :merged
                 where a.relative_id = :survivor and a.type in ('MOTHER_OF', 'FATHER_OF')
                   and a.removed_at is null and b.removed_at is null and a.person_id <> b.person_id""",
                survivor, merged)) {
            conflicts.add(Conflict.DIFFERENT_PARENTS);
        }
        if (exists("""
                select 1 from household_membership a join household_membership b on b.person_id = :merged
                 where a.person_id = :survivor and a.left_at is null and b.left_at is null
                   and a.household_id <> b.household_id""", survivor, merged)) {
            conflicts.add(Conflict.DIFFERENT_HOUSEHOLDS);
        }
        if (exists("""
                select 1 from repatriation_subject a join repatriation_subject b on b.person_id = :merged
                 where a.person_id = :survivor
                   and (a.case_id = b.case_id or a.open and b.open and a.country = b.country)""", survivor, merged)) {
            conflicts.add(Conflict.SAME_CASE_COUNTRY);
        }
        return conflicts;
    }

    /**
     * Moves the merged record's rows onto the survivor: movements, family links (those that would
     * repeat one are ended), household memberships and references, case subjects and checks, and
     * nationality claims waiting for confirmation. MergeCoverageTest holds this list to the schema.
     */
    Moved moveOnto(UUID survivor, UUID merged, String by, String reason) {
        // a link between the two records, or one the survivor already has, would link a person to
        // themselves or twice: it is ended (and restored by an unmerge)
        List<UUID> linksRemoved = ids("""
                update relationship r set removed_at = now(), removed_by = :by, removal_reason = :reason
                 where r.removed_at is null and (r.person_id = :merged or r.relative_id = :merged)
                   and (r.person_id = :survivor or r.relative_id = :survivor
                        or exists (select 1 from relationship s
                                    where s.removed_at is null and s.type = r.type
                                      and (s.person_id = :survivor or s.relative_id = :survivor)
                                      and case when s.person_id = :survivor then s.relative_id else s.person_id end
                                        = case when r.person_id = :merged then r.relative_id else r.person_id end))
                returning r.id""", survivor, merged, by, reason);
        List<UUID> linksAsPerson = ids("update relationship set person_id = :survivor"
                + " where person_id = :merged and removed_at is null returning id", survivor, merged, null, null);
        List<UUID> linksAsRelative = ids("update relationship set relative_id = :survivor"
                + " where relative_id = :merged and removed_at is null returning id", survivor, merged, null, null);
        // both in one household: the merged record's membership ends, the survivor's goes on
        List<UUID> membershipsEnded = ids("""
                update household_membership m set left_at = now(), left_by = :by
                 where m.person_id = :merged and m.left_at is null
                   and exists (select 1 from household_membership s where s.person_id = :survivor
                                  and s.left_at is null and s.household_id = m.household_id)
                returning m.id""", survivor, merged, by, null);
        List<UUID> memberships = ids("update household_membership set person_id = :survivor where person_id = :merged"
                + (membershipsEnded.isEmpty() ? "" : " and id not in (:ended)") + " returning id",
                survivor, merged, null, null, membershipsEnded);
        List<UUID> householdsReferenced = ids("update household set reference_person_id = :survivor,"
                + " version = version + 1 where reference_person_id = :merged returning id", survivor, merged, null, null);
        List<UUID> caseSubjects = ids("update repatriation_subject set person_id = :survivor"
                + " where person_id = :merged returning case_id", survivor, merged, null, null);
        List<UUID> checks = ids("update repatriation_check set person_id = :survivor"
                + " where person_id = :merged returning id", survivor, merged, null, null);
        List<UUID> movements = ids("update movement set person_id = :survivor where person_id = :merged returning id",
                survivor, merged, null, null);
        // a nationality still waiting for its second person waits on the survivor, unless the survivor
        // holds or claims that country already (the merged record keeps that one, out of every list)
        @SuppressWarnings("unchecked")
        List<String> claims = List.copyOf(em.createNativeQuery("""
                update nationality_claim c set person_id = :survivor
                 where c.person_id = :merged
                   and not exists (select 1 from nationality_claim s
                                    where s.person_id = :survivor and s.country = c.country)
                   and not exists (select 1 from person_nationality n
                                    where n.person_id = :survivor and n.country = c.country)
                returning c.country""").setParameter("survivor", survivor).setParameter("merged", merged)
                .getResultList());
        // photos and scans follow the person: the survivor's page shows both records' files
        List<UUID> documents = ids("update document set person_id = :survivor where person_id = :merged returning id",
                survivor, merged, null, null);
        return new Moved(movements, linksAsPerson, linksAsRelative, linksRemoved, memberships, membershipsEnded,
                householdsReferenced, caseSubjects, checks, claims, documents);
    }

    /** Moves back exactly the rows a merge moved, and restores the links and memberships it ended. */
    void moveBack(Moved moved, UUID survivor, UUID merged) {
        back("update movement set person_id = :merged where person_id = :survivor and id in (:ids)",
                moved.movements(), survivor, merged);
        back("update relationship set person_id = :merged where person_id = :survivor and id in (:ids)",
                moved.linksAsPerson(), survivor, merged);
        back("update relationship set relative_id = :merged where relative_id = :survivor and id in (:ids)",
                moved.linksAsRelative(), survivor, merged);
        back("update relationship set removed_at = null, removed_by = null, removal_reason = null where id in (:ids)",
                moved.linksRemoved(), survivor, merged);
        back("update household_membership set person_id = :merged where person_id = :survivor and id in (:ids)",
                moved.memberships(), survivor, merged);
        back("update household_membership set left_at = null, left_by = null where person_id = :merged"
                + " and id in (:ids)", moved.membershipsEnded(), survivor, merged);
        back("update household set reference_person_id = :merged, version = version + 1"
                + " where reference_person_id = :survivor and id in (:ids)", moved.householdsReferenced(), survivor, merged);
        back("update repatriation_subject set person_id = :merged where person_id = :survivor and case_id in (:ids)",
                moved.caseSubjects(), survivor, merged);
        back("update repatriation_check set person_id = :merged where person_id = :survivor and id in (:ids)",
                moved.checks(), survivor, merged);
        if (moved.documents() != null) {
            back("update document set person_id = :merged where person_id = :survivor and id in (:ids)",
                    moved.documents(), survivor, merged);
        }
        if (moved.claims() != null && !moved.claims().isEmpty()) {
            em.createNativeQuery("update nationality_claim set person_id = :merged"
                    + " where person_id = :survivor and country in (:countries)").setParameter("merged", merged)
                    .setParameter("survivor", survivor).setParameter("countries", moved.claims()).executeUpdate();
        }
    }

    private boolean exists(String sql, UUID survivor, UUID merged) {
        return !em.createNativeQuery(sql + " limit 1").setParameter("survivor", survivor)
                .setParameter("merged", merged).getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ids(String sql, UUID survivor, UUID merged, String by, String reason, List<UUID> ended) {
        var query = em.createNativeQuery(sql).setParameter("survivor", survivor).setParameter("merged", merged);
        if (by != null) {
            query.setParameter("by", by);
        }
        if (reason != null) {
            query.setParameter("reason", reason);
        }
        if (ended != null && !ended.isEmpty()) {
            query.setParameter("ended", ended);
        }
        return List.copyOf(query.getResultList());
    }

    private List<UUID> ids(String sql, UUID survivor, UUID merged, String by, String reason) {
        return ids(sql, survivor, merged, by, reason, null);
    }

    private void back(String sql, List<UUID> ids, UUID survivor, UUID merged) {
        if (ids.isEmpty()) {
            return;
        }
        var query = em.createNativeQuery(sql).setParameter("ids", ids);
        if (sql.contains(":survivor")) {
            query.setParameter("survivor", survivor);
        }
        if (sql.contains(":merged")) {
            query.setParameter("merged", merged);
        }
        query.executeUpdate();
    }
}
