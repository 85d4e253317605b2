package org.homeward.ui;

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
import org.homeward.access.AccessScope;
import org.homeward.access.Caller;
import org.homeward.kernel.UserLocale;

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
    Caller caller;

    @Inject
    UserLocale locale;

    @GET
    public TemplateInstance home() {
        AccessScope scope = caller.scope();
        java.util.Set<String> theirs = caller.caseCountries();
        List<String> countries = (theirs == null ? java.util.Set.<String>of() : theirs).stream().sorted()
                .map(code -> Countries.name(code, locale.get()).map(name -> name + " (" + code + ")").orElse(code))
                .toList();
        return Templates.home(scope, countries);
    }
}
