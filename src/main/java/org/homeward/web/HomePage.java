package org.homeward.web;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import org.homeward.reference.Countries;
import org.homeward.security.AccessScope;
import org.homeward.security.CurrentUser;

/** Where everyone lands after login: what their roles let them do, and the scope they hold. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(AccessScope scope, List<String> countries);
    }

    @Inject
    CurrentUser user;

    @Inject
    UserLocale locale;

    @GET
    public TemplateInstance home() {
        AccessScope scope = user.scope();
        List<String> countries = scope.nationalities().stream().sorted()
                .map(code -> Countries.name(code, locale.get()).map(name -> name + " (" + code + ")").orElse(code))
                .toList();
        return Templates.home(scope, countries);
    }
}
