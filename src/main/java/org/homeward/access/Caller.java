package org.homeward.access;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is asking, and the one place that answers what they may see and do
 * (docs/adr/013-one-access-policy.md). Roles come from the token; the scope (facilities for case
 * workers, nationalities for officers) from the database, read once per request so an admin's
 * change applies to the very next one (docs/adr/001-scopes-in-the-database.md). Features and
 * templates ask questions ({@code inject:caller.mayRegister}); none of them reads roles or scope
 * to decide for itself, and an ArchUnit rule holds them to it.
 */
@RequestScoped
@Named("caller")
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    StaffAccounts accounts;

    @Inject
    FacilityReach facilityReach;

    @Inject
    LockdownState lockdownState;

    /** Case workers import into their own facilities too (homeward.imports.caseworkers; off by default). */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "homeward.imports.caseworkers", defaultValue = "false")
    boolean caseworkersImport;

    private StaffAccounts.Account account;
    private Set<UUID> workFacilities;
    private Boolean lockedOut;

    // ---------------------------------------------------------------- identity

    public String username() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** The OIDC subject: what staff records are bound to (a username can be given to someone else). */
    public String subject() {
        return subjectOf(identity);
    }

    /** The token's subject; none for a principal without one, which then reaches nothing. */
    static String subjectOf(SecurityIdentity identity) {
        String subject = identity.getPrincipal() instanceof JsonWebToken token ? token.getSubject() : null;
        return subject == null || subject.isBlank() ? null : subject;
    }

    public String displayName() {
        if (identity.isAnonymous()) {
            return "";
        }
        String name = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim("name") : null;
        return name == null || name.isBlank() ? username() : name;
    }

    /** The Homeward roles the caller holds, in the order the interface lists them. */
    public Set<String> roles() {
        Set<String> known = new TreeSet<>(identity.getRoles());
        known.retainAll(Roles.ALL);
        return known;
    }

    // ---------------------------------------------------------------- lock-downs

    /**
     * Shut out by an emergency lock-down in force: everyone but admins when it covers the whole
     * deployment; case workers of a facility it covers. Admins never are: they lift it.
     */
    public boolean lockedOut() {
        if (is(Roles.ADMIN)) {
            return false;
        }
        if (lockedOut == null) {
            // most requests meet no lock-down: one small query, and the caller's scope left unread
            lockedOut = lockdownState.anyInForce() && lockdownState.covers(workFacilities());
        }
        return lockedOut;
    }

    /** Produces a person's subject-access report: everything held about them, for them. */
    public boolean mayProduceSubjectAccessReports() {
        return is(Roles.ADMIN);
    }

    /** Exports stop while any lock-down is in force. */
    public boolean mayExportNow() {
        return !lockdownState.anyInForce();
    }

    // ---------------------------------------------------------------- scope, as assigned (for display)

    /** Admins reach everything; everyone else exactly what an admin assigned them, nothing by default. */
    public AccessScope scope() {
        // every caller's account is looked at, an admin's too: a change of roles is audited when seen
        AccessScope assigned = account().scope();
        return is(Roles.ADMIN) ? AccessScope.EVERYTHING : assigned;
    }

    // ---------------------------------------------------------------- people

    /** The people the caller may see: lists, counts and single records all ask this. */
    public PersonScope people() {
        if (is(Roles.ADMIN) || is(Roles.REPATRIATION_OFFICER) && scope().allNationalities()) {
            return PersonScope.EVERYONE;
        }
        Set<String> countries = is(Roles.REPATRIATION_OFFICER) ? scope().nationalities() : Set.of();
        return new PersonScope(false, workFacilities(), countries);
    }

    /** Sees the nationalities waiting for a second person's confirmation, and who claimed them. */
    public boolean maySeeNationalityClaims() {
        return is(Roles.ADMIN) || is(Roles.CASEWORKER);
    }

    /**
     * Who may ask which families are split across facilities: the answer tells that a member out
     * of their sight is held elsewhere, which a case worker needs to reunite a family and an
     * officer does not (docs/adr/017).
     */
    public boolean mayTraceSplitFamilies() {
        return is(Roles.ADMIN) || is(Roles.CASEWORKER);
    }

    /** Registers people and records their movements, family links, households and flags. */
    public boolean mayRegister() {
        return is(Roles.ADMIN) || is(Roles.CASEWORKER);
    }

    /** Adds and removes the files of the people in reach (photos, scans); officers only look at them. */
    public boolean mayAddFiles() {
        return mayRegister();
    }

    /**
     * Imports lists of people from spreadsheets: admins; case workers too where the organisation
     * turned it on, and then only into their facilities (each row's admission is checked as any
     * admission is: movements.MovementService).
     */
    public boolean mayImport() {
        return is(Roles.ADMIN) || caseworkersImport && is(Roles.CASEWORKER);
    }

    /** An import is seen by admins, and by the case worker who made it. */
    public boolean maySeeImportBy(String importedBy) {
        return mayImport() && (is(Roles.ADMIN) || importedBy != null && importedBy.equals(username()));
    }

    /** Whose imports a list of them shows this caller: everyone's (null) for admins, else their own. */
    public String importsListedOf() {
        return is(Roles.ADMIN) ? null : username();
    }

    /** Sees removed files and brings them back, until retention destroys them. */
    public boolean mayRestoreFiles() {
        return administers();
    }

    /** Sees or sets medical and security flags (docs/adr/003-restricted-flags-and-person-visibility.md). */
    public boolean maySeeRestrictedFlags() {
        return is(Roles.ADMIN) || is(Roles.CASEWORKER);
    }

    /**
     * Sets a nationality as VERIFIED or DISPUTED directly. Officers verify through a case's
     * nationality check ({@link #worksFor}); case workers only record claims.
     */
    public boolean mayVerifyNationalities() {
        return is(Roles.ADMIN);
    }

    /**
     * A nationality this caller adds to a registered person waits for a second person's confirmation
     * before it opens the file to that country's officers.
     */
    public boolean addsNationalitiesPendingConfirmation() {
        return !is(Roles.ADMIN);
    }

    /**
     * Confirms a nationality claimed by the account {@code claimantSubject} for a person placed in
     * {@code facilityId}: an admin, or a second case worker of that facility (never the one who claimed it).
     */
    public boolean mayConfirmNationality(String claimantSubject, UUID facilityId) {
        if (is(Roles.ADMIN)) {
            return true;
        }
        return is(Roles.CASEWORKER) && subject() != null && !claimantSubject.equals(subject())
                && facilityId != null && workFacilities().contains(facilityId);
    }

    // ---------------------------------------------------------------- facilities

    /** A case worker admits or transfers people only into the facilities they work in; an admin anywhere. */
    public boolean mayWorkIn(UUID facilityId) {
        return is(Roles.ADMIN) || facilityId != null && workFacilities().contains(facilityId);
    }

    /**
     * The facilities the caller may look up, or null for all of them: reference data for officers,
     * auditors and analysts (they need to know where people are); a case worker's work is bounded by
     * the facilities assigned to them.
     */
    public Set<UUID> facilitiesShown() {
        boolean boundToFacilities = is(Roles.CASEWORKER) && !is(Roles.ADMIN) && !is(Roles.REPATRIATION_OFFICER)
                && !is(Roles.AUDITOR) && !is(Roles.ANALYST);
        return boundToFacilities ? workFacilities() : null;
    }

    /**
     * The facilities whose head counts the caller sees, or null for all. Officers get none: a camp's
     * head count would tell them about people of other nationalities, whom they may not see even as
     * numbers.
     */
    public Set<UUID> occupancyShown() {
        if (is(Roles.ADMIN)) {
            return null;
        }
        return is(Roles.CASEWORKER) ? workFacilities() : Set.of();
    }

    /** Manages facilities, staff scopes, the duplicate queue, merges and exports. */
    public boolean administers() {
        return is(Roles.ADMIN);
    }

    // ---------------------------------------------------------------- repatriation cases

    /** The countries whose cases the caller runs; null for all of them. */
    public Set<String> caseCountries() {
        if (is(Roles.ADMIN)) {
            return null;
        }
        if (!is(Roles.REPATRIATION_OFFICER)) {
            return Set.of();
        }
        return scope().allNationalities() ? null : scope().nationalities();
    }

    /** Runs this country's cases (transitions, notes, every checklist item) and packs its nationals. */
    public boolean worksFor(String country) {
        Set<String> countries = caseCountries();
        return countries == null || countries.contains(country);
    }

    /** Opens and runs repatriation cases (of the countries {@link #worksFor} answers). */
    public boolean mayRunCases() {
        return is(Roles.ADMIN) || is(Roles.REPATRIATION_OFFICER);
    }

    /** A case opened by an officer is theirs; an admin names the officer. */
    public boolean opensCasesAsTheirOfficer() {
        return is(Roles.REPATRIATION_OFFICER) && !is(Roles.ADMIN);
    }

    /** Sees a case: runs it, or cares for one of its people where they are held now. */
    public boolean maySeeCase(String country, Collection<UUID> subjectFacilities) {
        return worksFor(country) || subjectFacilities.stream().anyMatch(workFacilities()::contains);
    }

    /**
     * Records a checklist item of a case. Those who run the case record every item; a case worker
     * records the items open to them (consent, medical clearance) only for a subject they care for.
     * {@code subjectFacility} is where the item's person is held; for an item of the whole case,
     * where any of its people is.
     */
    public boolean mayRecordCheck(boolean openToCaseworkers, String country, Collection<UUID> subjectFacilities) {
        return worksFor(country)
                || openToCaseworkers && subjectFacilities.stream().anyMatch(workFacilities()::contains);
    }

    /** Which cases the caller sees, as SQL on {@code repatriation_case c}; the rule of {@link #maySeeCase}. */
    public String caseCondition(Map<String, Object> parameters) {
        Set<String> countries = caseCountries();
        if (countries == null) {
            return "true";
        }
        StringBuilder where = new StringBuilder("(false");
        if (!countries.isEmpty()) {
            where.append(" or c.country in (:accessCountries)");
            parameters.put("accessCountries", countries);
        }
        if (!workFacilities().isEmpty()) {
            where.append(" or exists (select 1 from repatriation_subject s join person p on p.id = s.person_id"
                    + " where s.case_id = c.id and p.current_facility_id in (:accessFacilities))");
            parameters.put("accessFacilities", workFacilities());
        }
        return where.append(")").toString();
    }

    // ---------------------------------------------------------------- statistics, audit, home

    /** Sees figures exact; everyone else sees small counts hidden and the rest rounded. */
    public boolean seesExactFigures() {
        return is(Roles.ADMIN);
    }

    public boolean mayReadStatistics() {
        return is(Roles.ADMIN) || is(Roles.ANALYST) || is(Roles.AUDITOR);
    }

    /** Lists and opens people's records (of their scope). */
    public boolean mayListPeople() {
        return is(Roles.ADMIN) || is(Roles.CASEWORKER) || is(Roles.REPATRIATION_OFFICER);
    }

    /** The home page's work, one card per role held. */
    public boolean caresForPeople() {
        return is(Roles.CASEWORKER);
    }

    public boolean representsCountries() {
        return is(Roles.REPATRIATION_OFFICER);
    }

    public boolean audits() {
        return is(Roles.AUDITOR);
    }

    public boolean analyses() {
        return is(Roles.ANALYST);
    }

    // ---------------------------------------------------------------- inside

    private boolean is(String role) {
        return identity.hasRole(role);
    }

    private StaffAccounts.Account account() {
        if (account == null) {
            account = identity.isAnonymous() ? StaffAccounts.Account.NONE
                    : accounts.seen(subject(), username(), displayName(), roles());
        }
        return account;
    }

    /** The facilities a case worker works in, each assigned one with all its sections; none for other roles. */
    private Set<UUID> workFacilities() {
        if (workFacilities == null) {
            workFacilities = is(Roles.CASEWORKER) ? facilityReach.within(scope()) : Set.of();
        }
        return workFacilities;
    }
}
