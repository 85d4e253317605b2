package org.homeward.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.homeward.access.Roles;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.PageOf;
import org.homeward.kernel.Pagination;
import org.homeward.kernel.TypedValues;
import org.homeward.kernel.ValidationFailed;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The auditor's reports: exports, merges, account/role/scope changes and refusals, each over a
 * period of days (AuditReports).
 */
@Path("/audit/reports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
public class AuditReportPages {

    private static final int PAGE_SIZE = 50;

    /** The period as typed, and the report's address for its pages. */
    public record PeriodForm(String report, String from, String to) {

        public String pageLink() {
            StringBuilder link = new StringBuilder("/audit/reports/").append(report).append('?');
            if (from != null && !from.isBlank()) {
                link.append("from=").append(URLEncoder.encode(from.strip(), StandardCharsets.UTF_8)).append('&');
            }
            if (to != null && !to.isBlank()) {
                link.append("to=").append(URLEncoder.encode(to.strip(), StandardCharsets.UTF_8)).append('&');
            }
            return link.append("page=").toString();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exports(PageOf<AuditReports.ExportEvent> exports, PeriodForm form,
                Map<String, String> errors, Pagination pages);

        static native TemplateInstance merges(PageOf<AuditReports.MergeEvent> merges, PeriodForm form,
                Map<String, String> errors, Pagination pages);

        static native TemplateInstance access(PageOf<AuditReports.AccessChange> changes, PeriodForm form,
                Map<String, String> errors, Pagination pages);

        static native TemplateInstance refusals(List<AuditReports.RefusalsBy> actors, PeriodForm form,
                Map<String, String> errors, int repeated);
    }

    @Inject
    AuditReports reports;

    @Inject
    LocalizedText text;

    @GET
    @Path("/exports")
    public Response exports(@RestQuery String from, @RestQuery String to, @RestQuery String page) {
        PeriodForm form = new PeriodForm("exports", from, to);
        return report(form, page, (period, number) -> reports.exports(period, number, PAGE_SIZE),
                AuditReportPages.<AuditReports.ExportEvent>noPage(),
                (found, errors) -> Templates.exports(found, form, errors, Pagination.of(found)));
    }

    @GET
    @Path("/merges")
    public Response merges(@RestQuery String from, @RestQuery String to, @RestQuery String page) {
        PeriodForm form = new PeriodForm("merges", from, to);
        return report(form, page, (period, number) -> reports.merges(period, number, PAGE_SIZE),
                AuditReportPages.<AuditReports.MergeEvent>noPage(),
                (found, errors) -> Templates.merges(found, form, errors, Pagination.of(found)));
    }

    @GET
    @Path("/access")
    public Response access(@RestQuery String from, @RestQuery String to, @RestQuery String page) {
        PeriodForm form = new PeriodForm("access", from, to);
        return report(form, page, (period, number) -> reports.accessChanges(period, number, PAGE_SIZE),
                AuditReportPages.<AuditReports.AccessChange>noPage(),
                (found, errors) -> Templates.access(found, form, errors, Pagination.of(found)));
    }

    @GET
    @Path("/refusals")
    public Response refusals(@RestQuery String from, @RestQuery String to) {
        PeriodForm form = new PeriodForm("refusals", from, to);
        return report(form, null, (period, number) -> reports.refusals(period),
                List.<AuditReports.RefusalsBy>of(),
                (actors, errors) -> Templates.refusals(actors, form, errors, AuditReports.REPEATED_REFUSALS));
    }

    private static <T> PageOf<T> noPage() {
        return new PageOf<>(List.of(), 0, PAGE_SIZE, 0);
    }

    /**
     * A report for the period and page typed; 400 with the fields named, and {@code none} shown,
     * when they do not read.
     */
    private <R> Response report(PeriodForm form, String page, Report<R> report, R none,
            BiFunction<R, Map<String, String>, TemplateInstance> render) {
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        AuditReports.Period period = new AuditReports.Period(values.date(form.from(), "from"),
                values.date(form.to(), "to"));
        Integer number = values.integer(page, "page");
        try {
            errors.throwIfAny();
            return Response.ok(render.apply(report.of(period, number == null ? 0 : Math.max(0, number)), Map.of()))
                    .build();
        } catch (ValidationFailed failed) {
            return Response.status(400).entity(render.apply(none, failed.byField())).build();
        }
    }

    @FunctionalInterface
    private interface Report<R> {
        R of(AuditReports.Period period, int page);
    }
}
