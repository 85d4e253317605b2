package org.homeward.ui;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** The OpenAPI document describes the JSON API only; the HTML pages are not an integration contract. */
public class ApiOnlyOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<String> pages = openAPI.getPaths().getPathItems().keySet().stream()
                .filter(path -> !path.startsWith("/api/")).toList();
        pages.forEach(openAPI.getPaths()::removePathItem);
    }
}
