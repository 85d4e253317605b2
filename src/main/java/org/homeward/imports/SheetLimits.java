package org.homeward.imports;

/** Bounds every reading of a file, so that no file can make the reader run out of memory or time. */
public record SheetLimits(int maxRows, int maxColumns, int maxCellLength, long maxUnpackedBytes) {

    public static final SheetLimits DEFAULT = new SheetLimits(100_000, 100, 1000, 200L * 1024 * 1024);
}
