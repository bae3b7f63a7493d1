package io.pulsecheck.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Packs a heading and bullet lines into text chunks of a platform's size (one chunk per section or block), at most a
 * given number of chunks. Lines that do not fit are left out and counted, and the last chunk says how many.
 */
public final class ListFit {

    private ListFit() {
    }

    /**
     * The packed chunks.
     *
     * @param shown how many lines are in the chunks
     * @param total how many lines there were
     */
    public record Packed(List<String> chunks, int shown, int total) {

        public boolean complete() {
            return shown == total;
        }
    }

    /**
     * @param heading first line of the first chunk, or null
     * @param lines the lines, already escaped; each is cut to fit one chunk
     * @param maxChars size of one chunk
     * @param maxChunks how many chunks there may be (at least one)
     * @param more the line that says how many lines were left out
     */
    public static Packed pack(String heading, List<String> lines, int maxChars, int maxChunks, IntFunction<String> more) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        if (heading != null) {
            current.add(TextFit.truncate(heading, maxChars));
        }
        int shown = 0;
        for (String raw : lines) {
            String line = TextFit.truncate(raw, maxChars);
            if (!current.isEmpty() && length(current) + 1 + line.length() > maxChars) {
                if (chunks.size() + 1 >= maxChunks) {
                    break;
                }
                chunks.add(current);
                current = new ArrayList<>();
            }
            current.add(line);
            shown++;
        }
        if (shown < lines.size()) {
            // Room for the count: drop lines from the end until the note fits.
            while (!current.isEmpty() && length(current) + 1 + more.apply(lines.size() - shown).length() > maxChars
                    && (heading == null || chunks.size() > 0 || current.size() > 1)) {
                current.remove(current.size() - 1);
                shown--;
            }
            current.add(more.apply(lines.size() - shown));
        }
        chunks.add(current);
        return new Packed(chunks.stream().map(chunk -> String.join("\n", chunk)).toList(), shown, lines.size());
    }

    private static int length(List<String> lines) {
        return lines.stream().mapToInt(String::length).sum() + Math.max(0, lines.size() - 1);
    }
}
