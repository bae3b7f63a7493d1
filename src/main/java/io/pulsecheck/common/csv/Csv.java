package io.pulsecheck.common.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The CSV reader of every import (roster, customer signals). A small RFC 4180 reader: comma-separated, fields optionally in double quotes (which may hold commas, line breaks
 * and doubled quotes), lines ending in LF or CRLF. Each record remembers the line it starts on, for error reports.
 */
public final class Csv {

    /** One record and the line of the file it starts on (1-based). */
    public record Row(int line, List<String> fields) {

        boolean isBlank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    /** Thrown for text that is not CSV, e.g. an unclosed quote. */
    public static final class MalformedCsvException extends Exception {

        private final int line;

        MalformedCsvException(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        /** The line the problem is on, counted from 1. */
        public int line() {
            return line;
        }
    }

    private Csv() {
    }

    public static List<Row> parse(String text) throws MalformedCsvException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                if (!field.isEmpty() || wasQuoted) {
                    throw new MalformedCsvException(line, "a quote may only open a field");
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            } else if (c == '\n') {
                fields.add(field.toString());
                rows.add(new Row(rowStart, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                wasQuoted = false;
                line++;
                rowStart = line;
            } else {
                if (wasQuoted) {
                    throw new MalformedCsvException(line, "text follows a closing quote");
                }
                field.append(c);
            }
        }
        if (quoted) {
            throw new MalformedCsvException(rowStart, "a quoted field is not closed");
        }
        if (!field.isEmpty() || !fields.isEmpty() || wasQuoted) {
            fields.add(field.toString());
            rows.add(new Row(rowStart, List.copyOf(fields)));
        }
        rows.removeIf(Row::isBlank);
        return rows;
    }
}
