package io.pulsecheck.common.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws Exception {
        List<Csv.Row> rows = Csv.parse("a,b\r\n\"Doe, Jane\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\n");
        assertEquals(3, rows.size());
        assertEquals(List.of("Doe, Jane", "say \"hi\""), rows.get(1).fields());
        assertEquals(List.of("two\nlines", "x"), rows.get(2).fields());
        assertEquals(3, rows.get(2).line());
    }

    @Test
    void skipsBlankLinesButKeepsLineNumbers() throws Exception {
        List<Csv.Row> rows = Csv.parse("\uFEFFa,b\n\n1,2");
        assertEquals(List.of("a", "b"), rows.get(0).fields());
        assertEquals(3, rows.get(1).line());
    }

    @Test
    void refusesUnclosedQuote() {
        Csv.MalformedCsvException e = assertThrows(Csv.MalformedCsvException.class,
                () -> Csv.parse("a,b\n1,\"open\n"));
        assertEquals(2, e.line());
    }
}
