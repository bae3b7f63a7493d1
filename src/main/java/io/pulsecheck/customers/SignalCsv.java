package io.pulsecheck.customers;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an import CSV (RFC 4180: comma-separated, fields optionally in double quotes holding commas, line breaks and
 * doubled quotes, LF or CRLF line ends, an optional byte order mark). Each record remembers its first line.
 */
final class SignalCsv {

    /** One record and the line of the file it starts on (1-based). */
    record Line(int number, List<String> fields) {

        boolean isBlank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    /** Text that is not CSV, e.g. an unclosed quote. */
    static final class MalformedCsvException extends Exception {

        final int line;

        MalformedCsvException(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    private SignalCsv() {
    }

    static List<Line> parse(String text) throws MalformedCsvException {
        List<Line> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int start = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
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
            } else if (c == '\n' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i += c == '\r' ? 1 : 0;
                fields.add(field.toString());
                lines.add(new Line(start, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                wasQuoted = false;
                start = ++line;
            } else if (wasQuoted) {
                throw new MalformedCsvException(line, "text after a closing quote");
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new MalformedCsvException(start, "a quoted field is not closed");
        }
        if (!field.isEmpty() || !fields.isEmpty() || wasQuoted) {
            fields.add(field.toString());
            lines.add(new Line(start, List.copyOf(fields)));
        }
        lines.removeIf(Line::isBlank);
        return lines;
    }
}
