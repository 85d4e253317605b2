package org.homeward.staff;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.homeward.access.Roles;
import org.homeward.facilities.FacilityService;
import org.homeward.kernel.Flash;
import org.homeward.kernel.ValidationFailed;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** Staff and their scopes, for admins. */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class StaffPages {

    private static final int UNPROCESSABLE = 422;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<StaffView> staff, boolean noScope, Flash flash);

        static native TemplateInstance scope(String username, Set<String> facilities, Set<String> nationalities,
                List<FacilityService.Row> facilityRows, Map<String, String> errors);
    }

    @Inject
    StaffService staffService;

    @Inject
    FacilityService facilityService;

    @GET
    public TemplateInstance list(@RestQuery boolean noScope, @RestQuery String flash) {
        return Templates.list(noScope ? staffService.waitingForScope() : staffService.list(), noScope, Flash.fromParam(flash));
    }

    /** The "prepare access for a username" box on the list posts here by GET. */
    @GET
    @Path("/scope")
    public Response findByUsername(@RestQuery String username) {
        String wanted = username == null ? "" : username.strip();
        return Response.seeOther(URI.create(wanted.isEmpty() ? "/staff" : "/staff/" + urlSegment(wanted) + "/scope"))
                .build();
    }

    @GET
    @Path("/{username}/scope")
    public TemplateInstance scopeForm(String username) {
        StaffView member = staffService.find(username).orElse(null);
        Set<String> assigned = member == null ? Set.of() : new TreeSet<>(member.facilities());
        Set<String> countries = member == null ? Set.of() : new TreeSet<>(member.nationalities());
        return Templates.scope(username, assigned, countries, facilityService.choices(), Map.of());
    }

    @POST
    @Path("/{username}/scope")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assignScope(String username, @RestForm List<String> facilities,
            @RestForm List<String> nationalities) {
        // one value per chosen country from the picker; a list typed into one field (no JavaScript) is split
        List<String> countries = nationalities.stream().flatMap(typed -> java.util.Arrays.stream(typed.split("[,\\s]+")))
                .toList();
        try {
            staffService.assignScope(username, new ScopeInput(facilities, countries));
            return Response.seeOther(URI.create("/staff?flash=" + Flash.SCOPE_SAVED.param())).build();
        } catch (ValidationFailed failed) {
            return Response.status(UNPROCESSABLE).entity(Templates.scope(username, new TreeSet<>(facilities),
                    new TreeSet<>(countries), facilityService.choices(), failed.byField())).build();
        }
    }

    private static String urlSegment(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
