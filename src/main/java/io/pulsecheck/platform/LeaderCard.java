package io.pulsecheck.platform;

import java.util.List;

import io.pulsecheck.delivery.MessageKind;

/**
 * A platform-neutral message for leaders (digest or alert); each platform's {@link ChatPlatform#leaderCard} renders it.
 *
 * @param kind digest or alert
 * @param title headline
 * @param subtitle one line under the headline
 * @param facts label and value pairs (the indices)
 * @param imageUrl chart image, or null
 * @param imageAlt alternative text of the chart
 * @param sections headed bullet lists (comments, suggestions, open actions)
 * @param dashboard the leader's signed "Open your dashboard" link, or null (shown as a button or link)
 */
public record LeaderCard(Kind kind, String title, String subtitle, List<Fact> facts, String imageUrl, String imageAlt,
        List<Section> sections, WebLink dashboard) {

    /** What the card is; the wire name is also the generic webhook's event type suffix and Google Chat's card id. */
    public enum Kind {
        DIGEST("digest", MessageKind.DIGEST),
        ALERT("alert", MessageKind.ALERT);

        private final String wireName;
        private final MessageKind messageKind;

        Kind(String wireName, MessageKind messageKind) {
            this.wireName = wireName;
            this.messageKind = messageKind;
        }

        public String wireName() {
            return wireName;
        }

        /** The outbox kind of a message carrying this card. */
        public MessageKind messageKind() {
            return messageKind;
        }
    }

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
        if (dashboard != null) {
            text.append("\n\n").append(dashboard.label()).append(": ").append(dashboard.url());
        }
        return text.toString();
    }
}
