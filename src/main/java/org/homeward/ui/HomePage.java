package org.homeward.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import org.homeward.access.AccessScope;
import org.homeward.access.Caller;
import org.homeward.access.Roles;
import org.homeward.kernel.UserLocale;
import org.homeward.repatriation.Stage;
import org.homeward.statistics.Headline;
import org.homeward.statistics.StatisticsService;
import org.homeward.ui.home.AdminHome;
import org.homeward.ui.home.AuditorHome;
import org.homeward.ui.home.CaseworkerHome;
import org.homeward.ui.home.OfficerHome;
import org.homeward.ui.home.WorkQueue;

/**
 * Where everyone lands after login: for each role they hold, the work waiting for them as counts
 * that open the lists they count. Only the panels of the caller's roles are computed.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class HomePage {

    /** A case worker's panel. */
    public record Caseworker(List<WorkQueue> people, List<WorkQueue> waiting) {
    }

    /** A repatriation officer's panel. */
    public record Officer(List<Stage> stages, List<OfficerHome.CountryRow> byStage, List<WorkQueue> waiting) {
    }

    /** The panels of the caller's roles; null for a role they do not hold. */
    public record Panels(Caseworker caseworker, Officer officer, List<WorkQueue> admin, AuditorHome.Week auditor,
            Headline analyst) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(AccessScope scope, Panels panels);

        static native TemplateInstance queueCount(WorkQueue queue);
    }

    @Inject
    Caller caller;

    @Inject
    UserLocale locale;

    @Inject
    CaseworkerHome caseworkerHome;

    @Inject
    OfficerHome officerHome;

    @Inject
    AdminHome adminHome;

    @Inject
    AuditorHome auditorHome;

    @Inject
    StatisticsService statisticsService;

    @GET
    public TemplateInstance home() {
        Panels panels = new Panels(
                caller.caresForPeople() ? new Caseworker(caseworkerHome.people(), caseworkerHome.waiting()) : null,
                caller.representsCountries()
                        ? new Officer(OfficerHome.stagesShown(), officerHome.byStage(), officerHome.waiting()) : null,
                caller.administers() ? adminHome.waiting() : null,
                caller.audits() ? auditorHome.week() : null,
                caller.analyses() ? statisticsService.headline(locale.get().getLanguage()) : null);
        return Templates.home(caller.scope(), panels);
    }

    /** A deferred queue's count, as the home fetches it once loaded (an htmx fragment). */
    @GET
    @Path("home/queues/{id}")
    @RolesAllowed(Roles.CASEWORKER)
    public TemplateInstance queueCount(String id) {
        return Templates.queueCount(caseworkerHome.counted(id).orElseThrow(NotFoundException::new));
    }
}
