package org.homeward.repatriation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.TemplateInstance;

/**
 * A case's page for a form another feature serves on it (a checklist file): shown again, read as
 * the caller sees it (one audited view), with what was refused said above the checklist.
 */
@ApplicationScoped
public class CasePage {

    @Inject
    CaseQueries caseQueries;

    public TemplateInstance refused(UUID id, List<String> problems) {
        return CasePages.detail(caseQueries.get(id), Map.of(), problems, null);
    }
}
