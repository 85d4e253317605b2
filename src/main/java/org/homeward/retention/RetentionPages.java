package org.homeward.retention;

import java.net.URI;
import java.util.List;
import java.util.Map;

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
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.Flash;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.StaleEdit;
import org.homeward.kernel.TypedValues;
import org.homeward.kernel.ValidationFailed;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Administration → Retention: the rules, a preview of a run (who is held, what goes), the run
 * itself with its reason, and the runs before. The same services as the API's.
 */
@Path("/retention")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class RetentionPages {

    private static final int UNPROCESSABLE = 422;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(List<RetentionRule> rules, RetentionRun preview, List<RetentionRun> runs,
                String reason, Map<String, String> errors, Flash flash);
    }

    @Inject
    RetentionRules retentionRules;

    @Inject
    RetentionRuns retentionRuns;

    @Inject
    LocalizedText text;

    @GET
    public TemplateInstance page(@RestQuery String flash) {
        return page(null, null, Map.of(), Flash.fromParam(flash));
    }

    @POST
    @Path("/rules/{category}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rule(String category, @RestForm String months, @RestForm String version) {
        RetentionCategory chosen = RetentionResource.category(category);
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        try {
            RetentionRuleInput input = new RetentionRuleInput(values.integer(months, "months"), values.longValue(version, "version"));
            errors.throwIfAny();
            retentionRules.update(chosen, input);
            return Response.seeOther(URI.create("/retention?flash=" + Flash.SAVED.param())).build();
        } catch (ValidationFailed failed) {
            return Response.status(UNPROCESSABLE).entity(page(null, null, failed.byField(), null)).build();
        } catch (StaleEdit stale) {
            return Response.status(Response.Status.CONFLICT).entity(page(null, null, Map.of("months",
                    text.get("retention.rule.changed")), null)).build();
        }
    }

    /** What a run would do now: shown on the page, with the form that runs it. */
    @POST
    @Path("/preview")
    public TemplateInstance preview() {
        return page(retentionRuns.start(new RetentionRunInput(true, null)), null, Map.of(), null);
    }

    @POST
    @Path("/runs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response run(@RestForm String reason) {
        try {
            retentionRuns.start(new RetentionRunInput(false, reason));
            return Response.seeOther(URI.create("/retention?flash=" + Flash.ANONYMIZED.param())).build();
        } catch (ValidationFailed failed) {
            // the run's form lives under its preview: shown again with the preview as it is now
            RetentionRun preview = retentionRuns.start(new RetentionRunInput(true, null));
            return Response.status(UNPROCESSABLE).entity(page(preview, reason, failed.byField(), null)).build();
        }
    }

    private TemplateInstance page(RetentionRun preview, String reason, Map<String, String> errors, Flash flash) {
        return Templates.page(retentionRules.list(), preview, retentionRuns.recent(20), reason, errors, flash);
    }
}
