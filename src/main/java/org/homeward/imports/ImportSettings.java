package org.homeward.imports;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code homeward.imports.*}: how large a file may be, and who besides admins may import. */
@ConfigMapping(prefix = "homeward.imports")
public interface ImportSettings {

    /** The largest file accepted (413 above it); the HTTP body limit must allow it. */
    @WithDefault("20M")
    MemorySize maxSize();

    @WithDefault("100000")
    int maxRows();

    @WithDefault("100")
    int maxColumns();

    /** The longest cell: no field of a person's record is longer than a few hundred characters. */
    @WithDefault("1000")
    int maxCellLength();

    /** What an XLSX may unpack to: a small file can claim gigabytes (a zip bomb). */
    @WithDefault("200M")
    MemorySize maxUnpackedSize();

    /** Case workers may import into their own facilities (admins import anywhere). Off unless an organisation asks. */
    @WithDefault("false")
    boolean caseworkers();

    default SheetLimits limits() {
        return new SheetLimits(maxRows(), maxColumns(), maxCellLength(), maxUnpackedSize().asLongValue());
    }
}
