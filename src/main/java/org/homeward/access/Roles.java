package org.homeward.access;

import java.util.List;

/** The realm roles Homeward knows (DESIGN.md, "Users"). Every endpoint names the roles it admits. */
public final class Roles {

    public static final String CASEWORKER = "caseworker";
    public static final String REPATRIATION_OFFICER = "repatriation-officer";
    public static final String ADMIN = "admin";
    public static final String AUDITOR = "auditor";
    public static final String ANALYST = "analyst";

    /** In the order the interface lists them. */
    public static final List<String> ALL = List.of(CASEWORKER, REPATRIATION_OFFICER, ADMIN, AUDITOR, ANALYST);

    private Roles() {
    }
}
