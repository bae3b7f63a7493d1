package io.pulsecheck.platform.teams;

/** What Microsoft Teams accepts in one message, declared once; the renderers and the conformance suite read these. */
public final class TeamsLimits {

    /**
     * Bytes of one message as sent (UTF-8 JSON). Teams documents about 28 KB; a Workflows webhook answers 202 before
     * it posts, so a larger card is lost without an error.
     */
    public static final int MESSAGE_BYTES = 28_000;
    /** The Adaptive Card schema version the cards declare; every element used exists in it. */
    public static final String CARD_VERSION = "1.4";
    /** Most characters of one comment or bullet, so that one long item cannot fill a card. */
    public static final int ITEM_TEXT = 4_000;

    private TeamsLimits() {
    }
}
