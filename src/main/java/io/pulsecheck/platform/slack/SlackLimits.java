package io.pulsecheck.platform.slack;

/**
 * What Slack accepts in one message (Block Kit reference), declared once; the renderers and the conformance suite read
 * these. Lengths are in characters.
 */
public final class SlackLimits {

    /** Blocks in one message; above it Slack answers {@code invalid_blocks}. */
    public static final int MAX_BLOCKS = 50;
    /** Text of a section block. */
    public static final int SECTION_TEXT = 3000;
    /** Text of a header block. */
    public static final int HEADER_TEXT = 150;
    /** Text of an option, a button or a placeholder. */
    public static final int OPTION_TEXT = 75;
    /** Label of an input block. */
    public static final int LABEL_TEXT = 2000;
    /** One field of a section; a section holds at most {@link #FIELDS} of them. */
    public static final int FIELD_TEXT = 2000;
    public static final int FIELDS = 10;
    /** Text of one context element. */
    public static final int CONTEXT_TEXT = 3000;
    /** Alternative text of an image. */
    public static final int ALT_TEXT = 2000;
    /** Options of a radio button group; longer scales become a select. */
    public static final int RADIO_OPTIONS = 10;
    /** Options of a static select. */
    public static final int SELECT_OPTIONS = 100;
    /** Value of an option or button. */
    public static final int VALUE_TEXT = 2000;
    /** The top-level {@code text} (notification fallback); Slack truncates longer texts. */
    public static final int MESSAGE_TEXT = 40_000;
    /**
     * Text of all section blocks of one message together. Not in Slack's reference: Slack answers
     * {@code msg_blocks_too_long} from about 13,200 characters, so we stay below with headroom.
     */
    public static final int BLOCKS_TEXT = 12_000;
    /** Blocks of a prompt besides its questions: the intro, one section of the leaders' actions, comment, Submit. */
    public static final int PROMPT_OTHER_BLOCKS = 4;
    /** The most questions one prompt can ask; the schedule API refuses larger rotations. */
    public static final int PROMPT_QUESTIONS = MAX_BLOCKS - PROMPT_OTHER_BLOCKS;

    private SlackLimits() {
    }
}
