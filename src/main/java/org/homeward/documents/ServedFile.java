package org.homeward.documents;

import jakarta.ws.rs.core.Response;

/** A file as a response: its type, shown or saved, never guessed at by the browser, never cached. */
final class ServedFile {

    private ServedFile() {
    }

    static Response of(DocumentService.Served served, boolean download) {
        Response.ResponseBuilder response = Response.ok(served.bytes(), served.contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
        if (served.fileName() != null) {
            response.header("Content-Disposition",
                    (download ? "attachment" : "inline") + "; filename=\"" + served.fileName() + "\"");
        }
        return response.build();
    }
}
