package io.pulsecheck.platform;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The size in bytes of a payload as the delivery sends it: the outbox stores it as {@code jsonb} and sends PostgreSQL's
 * text form, {@code {"key": value, "key2": [1, 2]}} in UTF-8, with a space after each colon and comma. Platforms
 * with a byte limit (Teams, Google Chat) are measured this way, not by a compact serialization.
 */
public final class WireSize {

    private WireSize() {
    }

    public static int bytes(JsonNode node) {
        if (node.isObject()) {
            int size = 2;
            int fields = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                size += string(field.getKey()) + 2 + bytes(field.getValue());
                fields++;
            }
            return size + 2 * Math.max(0, fields - 1);
        }
        if (node.isArray()) {
            int size = 2;
            for (JsonNode element : node) {
                size += bytes(element);
            }
            return size + 2 * Math.max(0, node.size() - 1);
        }
        if (node.isTextual()) {
            return string(node.asText());
        }
        return node.toString().length();
    }

    private static int string(String text) {
        return JsonStringEncoder.getInstance().quoteAsUTF8(text).length + 2;
    }
}
