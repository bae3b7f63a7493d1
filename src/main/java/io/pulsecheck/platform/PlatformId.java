package io.pulsecheck.platform;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A way to reach people; the JSON and database names are the lower-case, dashed ones. */
public enum PlatformId {
    SLACK("slack"),
    MATTERMOST("mattermost"),
    TEAMS("teams"),
    GOOGLE_CHAT("google-chat"),
    WEBHOOK("webhook"),
    WEB("web"),
    EMAIL("email");

    /** A wire name for API examples, so core DTOs name no platform themselves. */
    public static final String EXAMPLE = "slack";

    private final String wireName;

    PlatformId(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static PlatformId fromWireName(String name) {
        for (PlatformId channel : values()) {
            if (channel.wireName.equals(name)) {
                return channel;
            }
        }
        throw new IllegalArgumentException("Unknown channel " + name);
    }

    @Override
    public String toString() {
        return wireName;
    }

    /** Whether a person may be entered for this platform with only an email, because it finds their user id. */
    public boolean findsPeopleByEmail() {
        return this == SLACK;
    }
}
