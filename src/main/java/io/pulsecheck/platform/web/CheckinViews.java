package io.pulsecheck.platform.web;

import java.util.List;

import io.quarkus.qute.TemplateData;

/** What the check-in templates show; built in Java so that templates only place text. */
final class CheckinViews {

    private CheckinViews() {
    }

    /**
     * The check-in form.
     *
     * @param action where the form posts (the link itself)
     * @param preferences where the settings forms post
     * @param validUntil the link's expiry, UTC, to the minute
     * @param k the cycle's anonymity threshold, told to the reader
     */
    @TemplateData
    record Form(String lang, String action, String preferences, String team, String validUntil, int k,
            List<QuestionView> questions, List<String> leaderActions, Settings settings) {
    }

    /** One question: a group of radio buttons, or a text area for a free-text question. */
    @TemplateData
    record QuestionView(String name, String text, boolean freeText, List<Option> options) {
    }

    /** One answer to pick; {@code id} ties its label to the radio button. */
    @TemplateData
    record Option(String id, String value, String label) {
    }

    /** The pause, stop, resume and language forms, as the person's status allows. */
    @TemplateData
    record Settings(String action, boolean stopped, String language) {
    }

    /**
     * A page with one message: thanks, already answered, or why the link does not work.
     *
     * @param back a link back to the form, or null
     * @param settings the settings forms, or null
     * @param replyCode the reply code of a comment whose writer asked for replies, shown once; or null
     */
    @TemplateData
    record Message(String lang, String title, String text, String back, Settings settings, String replyCode) {

        Message(String lang, String title, String text, String back, Settings settings) {
            this(lang, title, text, back, settings, null);
        }
    }
}
