package io.pulsecheck.insights;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a row of the organisation report is; serialised as its wire name. */
public enum NodeKind {
    /** A team's own respondents. */
    TEAM("team"),
    /** A team with sub-teams: its whole subtree. */
    DEPARTMENT("department"),
    ORGANISATION("organisation");

    private final String wireName;

    NodeKind(String wireName) {
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
