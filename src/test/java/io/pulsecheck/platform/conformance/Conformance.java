package io.pulsecheck.platform.conformance;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks shared by the platform checkers: whole characters, escaped markup, readable problem lists. */
public final class Conformance {

    private static final Pattern BARE_AMPERSAND = Pattern.compile("&(?!(amp|lt|gt|quot|#\\d+);)");

    private Conformance() {
    }

    /** Every string value in the body with its JSON path. */
    public static void strings(JsonNode node, String path, BiConsumer<String, String> each) {
        if (node.isTextual()) {
            each.accept(path, node.asText());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                strings(node.get(i), path + "[" + i + "]", each);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                strings(field.getValue(), path + "." + field.getKey(), each);
            }
        }
    }

    /** No string of the body ends or starts inside a character (a cut emoji arrives as "?"). */
    public static List<String> wholeCharacters(JsonNode body) {
        List<String> problems = new ArrayList<>();
        strings(body, "$", (path, text) -> {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))
                        : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
                if (!paired) {
                    problems.add(path + " has half a character at " + i);
                    return;
                }
            }
            if (text.contains("\u200D\u2026")) {
                problems.add(path + " was cut inside a joined emoji");
            }
        });
        return problems;
    }

    /** Problems when a text the platform reads as markup still carries one of the active forms. */
    public static void noActive(List<String> problems, String where, String text, List<String> activeForms) {
        for (String active : activeForms) {
            if (text.contains(active)) {
                problems.add(where + " carries unescaped " + active);
            }
        }
    }

    /** An {@code &} that does not start an entity would start one with the following text. */
    public static void noBareAmpersand(List<String> problems, String where, String text) {
        if (BARE_AMPERSAND.matcher(text).find()) {
            problems.add(where + " carries an unescaped &");
        }
    }

    public static void atMost(List<String> problems, String where, int actual, int limit, String limitName) {
        if (actual > limit) {
            problems.add(where + " is " + actual + ", over " + limitName + " " + limit);
        }
    }
}
