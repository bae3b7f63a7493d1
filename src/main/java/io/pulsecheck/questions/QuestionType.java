package io.pulsecheck.questions;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a question is answered; the JSON and database names are the lower-case ones. */
public enum QuestionType {
    SCALE_1_5("scale_1_5", 1, 5),
    /** The WHO-5 answer scale. */
    SCALE_0_5("scale_0_5", 0, 5),
    SCALE_0_10("scale_0_10", 0, 10),
    /** Stored as 1 (yes) or 0 (no). */
    YES_NO("yes_no", 0, 1),
    SINGLE_CHOICE("single_choice", 0, 0),
    FREE_TEXT("free_text", 0, 0);

    private final String wireName;
    public final int min;
    public final int max;

    QuestionType(String wireName, int min, int max) {
        this.wireName = wireName;
        this.min = min;
        this.max = max;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Whether answers are numbers that aggregate into indices. */
    public boolean isNumeric() {
        return this != SINGLE_CHOICE && this != FREE_TEXT;
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static QuestionType fromWireName(String name) {
        for (QuestionType type : values()) {
            if (type.wireName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown question type " + name);
    }

    @Override
    public String toString() {
        return wireName;
    }
}
