package io.pulsecheck.delivery;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Kinds of outbound messages; the wire name is stored in {@code outbox_message.kind} and tags the metrics. */
public enum MessageKind {
    PROMPT("prompt"),
    REMINDER("reminder"),
    LEADER_PROMPT("leader_prompt"),
    CONVERSATION("conversation"),
    ACKNOWLEDGEMENT("acknowledgement"),
    DIGEST("digest"),
    ALERT("alert");

    private final String wireName;

    MessageKind(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static MessageKind fromWireName(String name) {
        for (MessageKind kind : values()) {
            if (kind.wireName.equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown message kind " + name);
    }

    @Override
    public String toString() {
        return wireName;
    }
}
