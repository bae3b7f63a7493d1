package io.pulsecheck.platform.mattermost;

/** What Mattermost accepts in one post, declared once; the renderers and the conformance suite read these. */
public final class MattermostLimits {

    /**
     * Characters of one post's message; Mattermost refuses longer posts. The renderers keep the message and its
     * attachments' texts together below it.
     */
    public static final int POST_TEXT = 16_383;
    /** Most characters of one comment or bullet, so that one long item cannot fill a card. */
    public static final int ITEM_TEXT = 4_000;

    private MattermostLimits() {
    }
}
