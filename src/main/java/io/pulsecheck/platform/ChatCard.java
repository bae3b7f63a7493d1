package io.pulsecheck.platform;

import java.util.List;

/**
 * A platform-neutral message for leaders (digest or alert), rendered per platform by {@link ChatPayloads}.
 *
 * @param kind {@code digest} or {@code alert}, also the generic webhook's event type suffix
 * @param title headline
 * @param subtitle one line under the headline
 * @param facts label and value pairs (the indices)
 * @param imageUrl chart image, or null
 * @param imageAlt alternative text of the chart
 * @param sections headed bullet lists (comments, suggestions, open actions)
 */
public record ChatCard(String kind, String title, String subtitle, List<Fact> facts, String imageUrl, String imageAlt,
        List<Section> sections) {

    /** One labelled value. */
    public record Fact(String label, String value) {
    }

    /** A heading with bullet items. */
    public record Section(String heading, List<String> items) {
    }

    /** Plain-text rendering, used as notification fallback. */
    public String plainText() {
        StringBuilder text = new StringBuilder(title);
        if (subtitle != null) {
            text.append('\n').append(subtitle);
        }
        facts.forEach(f -> text.append('\n').append(f.label()).append(": ").append(f.value()));
        for (Section section : sections) {
            text.append("\n\n").append(section.heading());
            section.items().forEach(item -> text.append("\n- ").append(item));
        }
        return text.toString();
    }
}
