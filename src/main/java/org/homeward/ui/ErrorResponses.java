package org.homeward.ui;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;
import org.homeward.imports.ImportClosed;
import org.homeward.imports.RowsRefused;
import org.homeward.kernel.ContentRefused;
import org.homeward.kernel.FieldError;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.MergedRecord;
import org.homeward.kernel.RuleBroken;
import org.homeward.kernel.StaleEdit;
import org.homeward.kernel.UserLocale;
import org.homeward.kernel.ValidationFailed;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves Homeward in the caller's language and without internals: API callers get
 * RFC 9457 problem+json, people in browsers get a page. A 500 carries a reference that is also
 * in the log, so support can find it without the user ever seeing a stack trace.
 */
public class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);
    /** How soon a client may ask again when the database is away: a restart or a fail-over takes seconds. */
    private static final String RETRY_AFTER_SECONDS = "10";
    private static final String TYPE_BASE = "https://homeward.example/problems/";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String message, String reference,
                List<FieldError> errors);
    }

    @Inject
    UserLocale locale;

    @Inject
    LocalizedText text;

    @ServerExceptionMapper
    public Response validationFailed(ValidationFailed failed, HttpServerRequest request) {
        return respond(request, 400, "validation", null, failed.errors(), null);
    }

    @ServerExceptionMapper
    public Response ruleBroken(RuleBroken broken, HttpServerRequest request) {
        return respond(request, 422, "rule", null, broken.errors(), null);
    }

    /** A file too large (413) or of a type not accepted (415), named by its field. */
    @ServerExceptionMapper
    public Response contentRefused(ContentRefused refused, HttpServerRequest request) {
        return respond(request, refused.status(),
                refused.status() == ContentRefused.TOO_LARGE ? "too-large" : "unsupported-type", null,
                List.of(refused.error()), null, refused.error().message());
    }

    /** An import's commit refused for its rows: every error named by row and field, nothing saved. */
    @ServerExceptionMapper
    public Response rowsRefused(RowsRefused refused, HttpServerRequest request) {
        if (isApi(request)) {
            return respond(request, 422, "rule", null, refused.errors(), null);
        }
        return respond(request, 422, "rule", null, refused.errors().stream()
                .map(e -> new FieldError(e.field(), text.get("import.row.error", String.valueOf(e.row()), e.message()))).toList(), null);
    }

    /** A change asked of an import already committed or discarded. */
    @ServerExceptionMapper
    public Response importClosed(ImportClosed closed, HttpServerRequest request) {
        return respond(request, 409, "conflict", null, null, null, closed.getMessage());
    }

    /** Shut out by a lock-down: the API refuses (403); a browser's session is ended (sent to sign out). */
    @ServerExceptionMapper
    public Response lockedOut(org.homeward.access.LockedOut locked, HttpServerRequest request) {
        if (isApi(request)) {
            return respond(request, 403, "locked-down", null, null, null, text.get("lockdown.locked-out"));
        }
        // the page the browser lands on after signing out says why (SignedOutPages)
        return Response.seeOther(java.net.URI.create("/logout")).cookie(new jakarta.ws.rs.core.NewCookie.Builder(
                SignedOutPages.ENDED_BY).value(SignedOutPages.LOCKDOWN).path("/").maxAge(300).httpOnly(true)
                .sameSite(jakarta.ws.rs.core.NewCookie.SameSite.LAX).build()).build();
    }

    @ServerExceptionMapper
    public Response exportsStopped(org.homeward.access.ExportsStopped stopped, HttpServerRequest request) {
        return respond(request, 403, "exports-stopped", null, null, null, text.get("lockdown.exports-stopped"));
    }

    @ServerExceptionMapper
    public Response staleEdit(StaleEdit stale, HttpServerRequest request) {
        return respond(request, 409, "conflict", null, null, stale.current());
    }

    /** Two saves of the same version racing each other: the later one is refused. */
    @ServerExceptionMapper
    public Response concurrentEdit(OptimisticLockException conflict, HttpServerRequest request) {
        return respond(request, 409, "conflict", null, null, null);
    }

    /**
     * A record merged into another: a read goes on to the survivor (pages and API alike, 303 so
     * that an unmerge later is not contradicted by a cached permanent redirect); a change is
     * refused, naming the survivor, since the caller has not seen it yet.
     */
    @ServerExceptionMapper
    public Response mergedRecord(MergedRecord merged, HttpServerRequest request) {
        if ("GET".equals(request.method().name())) {
            return Response.seeOther(URI.create(request.uri().replace(merged.mergedId().toString(),
                    merged.survivorId().toString()))).build();
        }
        String detail = text.get("person.merged", merged.survivorNumber());
        return respond(request, 409, "merged", null, null,
                Map.of("mergedInto", merged.survivorId(), "registrationNumber", merged.survivorNumber()), detail);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException forbidden, HttpServerRequest request) {
        return respond(request, 403, "forbidden", null, null, null);
    }

    /** A body that is not the JSON expected: name the field when Jackson can tell which. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException mismatched, HttpServerRequest request) {
        return unreadableJson(mismatched, request);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException unreadable, HttpServerRequest request) {
        List<FieldError> errors = null;
        if (unreadable instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            errors = List.of(new FieldError(field, text.get("value.invalid")));
        }
        return respond(request, 400, "unreadable", null, errors, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException failure, HttpServerRequest request) {
        int status = failure.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(failure, request);
        }
        if (failure.getResponse().getLocation() != null) {
            return failure.getResponse();
        }
        return respond(request, status, status == 404 ? "not-found" : "http-" + status, null, null, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure, HttpServerRequest request) {
        if (collided(failure)) {
            LOG.infof("A write collided with another and was rolled back, on %s %s", request.method(), request.path());
            return respond(request, 409, "collision", null, null, null, text.get("write.collided"));
        }
        if (databaseAway(failure)) {
            LOG.warnf("The database cannot be reached, on %s %s: %s", request.method(), request.path(), failure.getMessage());
            return Response.fromResponse(respond(request, 503, "unavailable", null, null, null, text.get("database.away")))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(failure, "Unexpected error, reference %s, on %s %s", reference, request.method(), request.path());
        return respond(request, 500, "internal", reference, null, null);
    }

    /**
     * Two transactions waiting on each other's rows (PostgreSQL chose this one to end: a deadlock,
     * 40P01) or a serialization failure (40001): rolled back whole, so nothing is half saved and
     * the same request sent again succeeds. Bulk changes across nationalities can cross on the
     * population counters (docs/adr/006).
     */
    private static boolean collided(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql
                    && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database is away (stopped, restarting, failing over, out of connections): its connection
     * errors (SQLState class 08), an operator's shutdown (57P01-57P03), or no connection to be had
     * from the pool in time. Nothing was saved (the transaction could not commit); the same request
     * sent again once it is back succeeds, so the answer is 503, not an error of the application.
     */
    private static boolean databaseAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getMessage() != null
                    && sql.getMessage().startsWith("Acquisition timeout")) {
                return true;
            }
            if (cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
        }
        return false;
    }

    private Response respond(HttpServerRequest request, int status, String type, String reference,
            List<?> errors, Object current) {
        return respond(request, status, type, reference, errors, current, messages().error_message(status));
    }

    private Response respond(HttpServerRequest request, int status, String type, String reference,
            List<?> errors, Object current, String detail) {
        CommonMessages messages = messages();
        String title = errors != null ? messages.validation_title() : messages.error_title(status);
        if (isApi(request)) {
            String problemDetail = reference == null ? detail : detail + " (" + reference + ")";
            return Response.status(status).type(Problem.MEDIA_TYPE)
                    .entity(new Problem(TYPE_BASE + type, title, status, problemDetail, errors, current)).build();
        }
        // a page has no form to mark the fields on (a bad link, a picked number nobody in reach has):
        // the errors are listed, each naming its field and rule
        @SuppressWarnings("unchecked") // pages are given field errors only (rowsRefused turns rows into them)
        List<FieldError> fieldErrors = errors == null ? List.of() : (List<FieldError>) errors;
        String page = Templates.error(status, title, detail, reference, fieldErrors)
                .setLocale(locale.get()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    private CommonMessages messages() {
        return MessageBundles.get(CommonMessages.class, Localized.Literal.of(locale.get().toLanguageTag()));
    }

    private static boolean isApi(HttpServerRequest request) {
        return request.path().startsWith("/api/");
    }
}
