package org.homeward.access;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.vertx.core.http.HttpHeaders;

/**
 * The login page speaks the language Homeward speaks to this browser: the redirect to the
 * identity server asks for it ({@code ui_locales}, which Keycloak honours), so someone who chose
 * Arabic here does not sign in again in English.
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class LoginLanguage implements OidcRedirectFilter {

    @Override
    public void filter(OidcRedirectContext context) {
        // the shell's language filter has already put a language chosen in Homeward into Accept-Language
        String accepted = context.routingContext().request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (accepted == null || accepted.isBlank()) {
            return;
        }
        // the first language only: Keycloak shows it when the realm supports it, its default otherwise
        String language = Locale.forLanguageTag(accepted.split(",")[0].split(";")[0].strip()).getLanguage();
        if (!language.isEmpty()) {
            context.additionalQueryParams().add("ui_locales", language);
        }
    }
}
