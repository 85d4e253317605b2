package org.homeward.exports;

import java.util.Locale;

/** The formats an export is written in. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** "csv", "XLSX" …; null when it is none of them. */
    static ExportFormat of(String text) {
        if (text == null) {
            return null;
        }
        for (ExportFormat format : values()) {
            if (format.extension.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        return null;
    }
}
