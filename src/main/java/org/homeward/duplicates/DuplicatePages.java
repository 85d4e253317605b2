package org.homeward.duplicates;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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
import org.homeward.merge.MergeView;
import org.homeward.merge.PersonMerge;
import org.homeward.access.Roles;
import org.homeward.kernel.Flash;
import org.homeward.kernel.PageOf;
import org.homeward.kernel.Pagination;
import org.jboss.resteasy.reactive.RestQuery;

/** The duplicate queue page: pairs side by side with the reasons, a pass over the registry on demand. */
@Path("/duplicates")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class DuplicatePages {

    private static final int PAGE_SIZE = 25;
    private static final int RECENT_MERGES = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageOf<DuplicateQueue.Pair> pairs, DuplicateQueue.Scan scan,
                Pagination pages, Flash flash, List<MergeView> merges);
    }

    @Inject
    DuplicateQueue queue;

    @Inject
    PersonMerge merges;

    @GET
    public TemplateInstance list(@RestQuery String page, @RestQuery String flash) {
        PageOf<DuplicateQueue.Pair> pairs = queue.pairs(Pagination.pageNumber(page), PAGE_SIZE);
        return Templates.list(pairs, queue.latest(), Pagination.of(pairs), Flash.fromParam(flash),
                merges.recent(RECENT_MERGES));
    }

    @POST
    @Path("/scans")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response scan() {
        queue.start();
        return Response.seeOther(URI.create("/duplicates?flash=" + Flash.SAVED.param())).build();
    }

    @POST
    @Path("/{id}/not-the-same")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response notTheSame(UUID id) {
        queue.notTheSame(id);
        return Response.seeOther(URI.create("/duplicates?flash=" + Flash.SAVED.param())).build();
    }
}
