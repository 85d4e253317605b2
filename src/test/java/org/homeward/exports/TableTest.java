package org.homeward.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableTest {

    /** What a spreadsheet would run as a formula is written as text; anything else as it is. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+1|'=1+1", "+33 6 12|'+33 6 12", "-2|'-2", "@SUM(A1)|'@SUM(A1)", "Khadija|Khadija",
            "خديجة|خديجة", "a=b|a=b", "HW-0000001|HW-0000001" })
    void formulasAreNeutralized(String cell, String written) {
        assertEquals(written, Table.neutralized(cell));
    }

    @ParameterizedTest(name = "a cell starting with code {0}")
    @CsvSource({ "9", "13" })
    void aTabOrACarriageReturnFirstIsNeutralizedToo(int first) {
        String cell = (char) first + "=cmd";
        assertEquals("'" + cell, Table.neutralized(cell));
    }

    @org.junit.jupiter.api.Test
    void csvQuotesOnlyWhatNeedsIt() {
        assertEquals("plain", CsvTable.quoted("plain"));
        assertEquals("\"a,b\"", CsvTable.quoted("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvTable.quoted("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvTable.quoted("two\nlines"));
    }
}
