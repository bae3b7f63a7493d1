package io.pulsecheck.delivery;

/** Kinds of outbound messages, as stored in {@code outbox_message.kind}. */
public final class MessageKind {

    public static final String PROMPT = "prompt";
    public static final String REMINDER = "reminder";
    public static final String LEADER_PROMPT = "leader_prompt";
    public static final String CONVERSATION = "conversation";
    public static final String ACKNOWLEDGEMENT = "acknowledgement";
    public static final String DIGEST = "digest";
    public static final String ALERT = "alert";

    private MessageKind() {
    }
}
