package io.pulsecheck.platform.googlechat;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An interaction event of a Google Chat app over HTTP, as far as pulsecheck reads it. Unknown fields are ignored.
 *
 * @param type {@code ADDED_TO_SPACE}, {@code REMOVED_FROM_SPACE}, {@code MESSAGE} or {@code CARD_CLICKED}
 * @param eventTime when it happened (RFC 3339); part of the replay key
 */
public record GoogleChatEvent(@NotBlank @Size(max = 40) String type, @NotBlank @Size(max = 40) String eventTime,
        @NotNull @Valid Space space, @NotNull @Valid User user, @Valid Message message, Action action,
        Common common) {

    public static final String ADDED_TO_SPACE = "ADDED_TO_SPACE";
    public static final String REMOVED_FROM_SPACE = "REMOVED_FROM_SPACE";
    public static final String MESSAGE = "MESSAGE";
    public static final String CARD_CLICKED = "CARD_CLICKED";

    /** The space; {@code type} {@code DM} (or {@code spaceType} {@code DIRECT_MESSAGE}) for a direct message. */
    public record Space(@NotBlank @Size(max = 200) String name, String type, String spaceType,
            Boolean singleUserBotDm) {

        public boolean isDirectMessage() {
            return "DM".equals(type) || "DIRECT_MESSAGE".equals(spaceType) || Boolean.TRUE.equals(singleUserBotDm);
        }
    }

    /** The person who caused the event. */
    public record User(@NotBlank @Size(max = 200) String name, String displayName, @Size(max = 320) String email,
            String type) {

        public boolean isHuman() {
            return type == null || "HUMAN".equals(type);
        }
    }

    /** The message typed, or the one whose card was clicked. */
    public record Message(@Size(max = 300) String name, @Size(max = 8000) String text, String argumentText) {
    }

    /** The card action of a {@code CARD_CLICKED} event. */
    public record Action(String actionMethodName, List<Parameter> parameters) {

        public String parameter(String key) {
            if (parameters == null) {
                return null;
            }
            return parameters.stream().filter(p -> p != null && key.equals(p.key())).map(Parameter::value).findFirst()
                    .orElse(null);
        }
    }

    public record Parameter(String key, String value) {
    }

    /** The form inputs of the card whose button was clicked, by widget name. */
    public record Common(Map<String, Input> formInputs, String invokedFunction, Map<String, String> parameters) {
    }

    /** One widget's value(s). */
    public record Input(StringInputs stringInputs) {

        /** The first value, or null for none. */
        public String first() {
            return stringInputs == null || stringInputs.value() == null || stringInputs.value().isEmpty() ? null
                    : stringInputs.value().get(0);
        }

        public int count() {
            return stringInputs == null || stringInputs.value() == null ? 0 : stringInputs.value().size();
        }
    }

    public record StringInputs(List<String> value) {
    }

    /** The text a member typed: the argument text when there is one (a mention stripped), else the text. */
    public String typedText() {
        if (message == null) {
            return null;
        }
        return message.argumentText() != null && !message.argumentText().isBlank() ? message.argumentText()
                : message.text();
    }
}
