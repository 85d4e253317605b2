package org.homeward.security;

import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is asking, and what they may reach. The scope is read from the database once per request,
 * so an admin's change applies to the very next request (docs/adr/001-scopes-in-the-database.md).
 * Named, so that templates can ask {@code inject:currentUser} which navigation to show.
 */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    StaffService staff;

    private AccessScope scope;

    public String username() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public String displayName() {
        if (identity.isAnonymous()) {
            return "";
        }
        String name = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim("name") : null;
        return name == null || name.isBlank() ? username() : name;
    }

    public String subject() {
        return identity.getPrincipal() instanceof JsonWebToken token ? token.getSubject() : null;
    }

    public Set<String> roles() {
        Set<String> known = new TreeSet<>(identity.getRoles());
        known.retainAll(Roles.ALL);
        return known;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    public boolean isCaseworker() {
        return hasRole(Roles.CASEWORKER);
    }

    public boolean isRepatriationOfficer() {
        return hasRole(Roles.REPATRIATION_OFFICER);
    }

    public boolean isAuditor() {
        return hasRole(Roles.AUDITOR);
    }

    public boolean isAnalyst() {
        return hasRole(Roles.ANALYST);
    }

    /** Admins reach everything; everyone else exactly what an admin assigned them, nothing by default. */
    public AccessScope scope() {
        if (scope == null) {
            scope = isAdmin() ? AccessScope.EVERYTHING : staff.scopeOf(this);
        }
        return scope;
    }
}
