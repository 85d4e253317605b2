package org.homeward.ui;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The OpenAPI document describes the JSON API only; the HTML pages are not an integration contract.
 * It also names the errors every operation can give beyond those the framework documents (400,
 * 401, 403), each with its RFC 9457 body ({@link Problem}), as {@link ErrorResponses} answers them:
 * 404 for a record named in the path that is absent or out of the caller's scope, 409 for a change
 * that meets a newer version or a merged record, 422 for a change a rule refuses.
 */
public class ApiOnlyOpenApiFilter implements OASFilter {

    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<String> pages = openAPI.getPaths().getPathItems().keySet().stream()
                .filter(path -> !path.startsWith("/api/")).toList();
        pages.forEach(openAPI.getPaths()::removePathItem);
        problemSchema(openAPI);
        openAPI.getPaths().getPathItems().forEach(this::documentErrors);
    }

    private void documentErrors(String path, PathItem item) {
        boolean namesARecord = path.contains("{");
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
            APIResponses responses = entry.getValue().getResponses();
            if (responses == null) {
                continue;
            }
            boolean changes = entry.getKey() != PathItem.HttpMethod.GET && entry.getKey() != PathItem.HttpMethod.HEAD;
            if (namesARecord) {
                add(responses, "404", "Not found, or outside the caller's scope (the two are not told apart)");
            }
            if (changes && namesARecord) {
                add(responses, "409", "Changed meanwhile (the stored state is in `current`), or merged into another record");
            }
            if (changes) {
                add(responses, "422", "Refused by a rule of the domain; `errors` names each field and rule");
            }
            if (takesFiles(entry.getValue())) {
                add(responses, "413", "The file is larger than the limit, or an image has more pixels than accepted");
                add(responses, "415", "A type of file not accepted (judged by its content, not its name)");
            }
        }
    }

    private static boolean takesFiles(Operation operation) {
        return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().hasMediaType("multipart/form-data");
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
    }

    /** RFC 9457's members, as {@link Problem} writes them. */
    private static void problemSchema(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getSchemas() != null && components.getSchemas().containsKey(PROBLEM)) {
            return;
        }
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string()).addProperty("message", string());
        components.addSchema(PROBLEM, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An error as RFC 9457 application/problem+json")
                .addProperty("type", string()).addProperty("title", string())
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string())
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .addProperty("current", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .description("On a 409: the record as stored now")));
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
