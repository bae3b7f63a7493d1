package io.pulsecheck.insights;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a cycle's comments are shown; serialised as its wire name ({@code not_enough_comments}). */
public enum CommentsStatus {
    SHOWN("shown"),
    /** Fewer people than the comment threshold wrote one. */
    NOT_ENOUGH_COMMENTS("not_enough_comments"),
    NONE("none"),
    /** The cycle is not released yet. */
    NOT_RELEASED("not_released");

    private final String wireName;

    CommentsStatus(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
