package org.homeward.ui;

import java.util.List;
import java.util.Optional;

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
    public record Panels(Caseworker caseworker, Officer officer, AdminHome.Panel admin, AuditorHome.Week auditor,
            boolean analyst) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(AccessScope scope, Panels panels);

        static native TemplateInstance queueCount(WorkQueue queue);

        static native TemplateInstance headline(Headline headline);
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
                caller.administers() ? adminHome.panel() : null,
                caller.audits() ? auditorHome.week() : null,
                caller.analyses());
        return Templates.home(caller.scope(), panels);
    }

    /** An analyst's headline figures and charts, as the home fetches them once loaded (an htmx fragment). */
    @GET
    @Path("home/headline")
    @RolesAllowed(Roles.ANALYST)
    public TemplateInstance headline() {
        return Templates.headline(statisticsService.headline(locale.get().getLanguage()));
    }

    /**
     * A deferred queue's count, as the home fetches it once loaded (an htmx fragment): one of the
     * caller's own homes', in the caller's scope.
     */
    @GET
    @Path("home/queues/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public TemplateInstance queueCount(String id) {
        Optional<WorkQueue> queue = Optional.empty();
        if (caller.caresForPeople()) {
            queue = caseworkerHome.counted(id);
        }
        if (queue.isEmpty() && caller.representsCountries()) {
            queue = officerHome.counted(id);
        }
        if (queue.isEmpty() && caller.administers()) {
            queue = adminHome.counted(id);
        }
        return Templates.queueCount(queue.orElseThrow(NotFoundException::new));
    }
}
