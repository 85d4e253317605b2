package org.homeward.imports;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The readers of uploaded files, fuzzed (Jazzer, coverage-guided, from the seeds beside this class:
 * a Windows-1256 CSV and an XLSX): whatever the bytes, a file is read as a sheet or refused with a
 * reason, never a crash of another kind, never a hang (Jazzer fails an input that takes longer than
 * its timeout). Run by its own surefire execution (pom.xml, "fuzz-readers") for a bounded time.
 */
class SheetFuzzTest {

    private static final SheetLimits LIMITS = new SheetLimits(1000, 50, 500, 4L * 1024 * 1024);

    @FuzzTest(maxDuration = "45s")
    void anyFileIsReadOrRefused(FuzzedDataProvider data) {
        String sheet = data.consumeBoolean() ? data.consumeString(12) : null;
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            Sheet read = SheetFiles.read(bytes, null, sheet, LIMITS);
            if (read.rows().size() > LIMITS.maxRows() || read.headers().size() > LIMITS.maxColumns()) {
                throw new AssertionError("a sheet past its limits was read");
            }
        } catch (SheetUnreadable refused) {
            // an answer: the service tells the user why, in their language
        }
    }
}
