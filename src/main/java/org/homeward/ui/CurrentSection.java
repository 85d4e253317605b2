package org.homeward.ui;

import java.util.Arrays;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vertx.core.http.HttpServerRequest;

/**
 * Which part of Homeward a page belongs to, for the navigation to mark it
 * ({@code inject:section.in('/persons')}): a person's page and a transfer are found under the
 * entry that leads to them.
 */
@RequestScoped
@Named("section")
public class CurrentSection {

    @Inject
    HttpServerRequest request;

    /** Whether this page lies under one of these paths ("/" is the home alone). */
    public boolean in(String... paths) {
        String path = request.path();
        return Arrays.stream(paths).anyMatch(section -> "/".equals(section) ? "/".equals(path)
                : path.equals(section) || path.startsWith(section + "/"));
    }
}
