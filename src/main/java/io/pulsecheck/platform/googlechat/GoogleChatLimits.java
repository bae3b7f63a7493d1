package io.pulsecheck.platform.googlechat;

/** What Google Chat accepts in one message, declared once; the renderers and the conformance suite read these. */
public final class GoogleChatLimits {

    /** Bytes of one message as sent (UTF-8 JSON, cards included). */
    public static final int MESSAGE_BYTES = 32_000;
    /** Characters of the message's {@code text}. */
    public static final int MESSAGE_TEXT = 4_096;
    /** Most characters of one comment or bullet, so that one long item cannot fill a card. */
    public static final int ITEM_TEXT = 4_000;
    /** Widgets of one card; Google ignores the widgets beyond (Cards v2 reference, Card). */
    public static final int CARD_WIDGETS = 100;
    /** Items of one selection input (Cards v2 reference, SelectionItem). */
    public static final int SELECTION_ITEMS = 100;
    /** Paragraphs for the leaders' actions in a prompt; more actions are counted, not shown. */
    public static final int PROMPT_ACTION_PARAGRAPHS = 2;
    /**
     * Widgets of a prompt besides its questions: the intro, the actions' paragraphs, the comment box, the opt-in to
     * replies and Submit.
     */
    public static final int PROMPT_OTHER_WIDGETS = 1 + PROMPT_ACTION_PARAGRAPHS + 3;
    /** The most questions one prompt card can ask; the schedule and question APIs refuse larger rotations. */
    public static final int PROMPT_QUESTIONS = CARD_WIDGETS - PROMPT_OTHER_WIDGETS;

    private GoogleChatLimits() {
    }
}
