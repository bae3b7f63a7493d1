package io.pulsecheck.platform.googlechat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the app answers synchronously to an event: a new message in the space, or the clicked card replaced by a
 * confirmation. Fixed texts only, never an answer value; the one exception is a writer's reply code, which exists
 * only in this response.
 */
final class GoogleChatReplies {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private GoogleChatReplies() {
    }

    /** A new message in the space the event came from; question texts in it are shown as typed, never as markup. */
    static ObjectNode message(String text) {
        return JSON.objectNode().put("text", GoogleChatText.truncate(GoogleChatText.plain(text),
                GoogleChatLimits.MESSAGE_TEXT));
    }

    /** No reply (Google ignores the body of some events, such as REMOVED_FROM_SPACE). */
    static ObjectNode none() {
        return JSON.objectNode();
    }

    /** Replaces the clicked prompt, inputs and button included, with a card that only says {@code text}. */
    static ObjectNode updateCard(String text) {
        ObjectNode reply = JSON.objectNode();
        reply.putObject("actionResponse").put("type", "UPDATE_MESSAGE");
        reply.put("text", GoogleChatText.truncate(GoogleChatText.plain(text), GoogleChatLimits.MESSAGE_TEXT));
        ObjectNode wrapper = reply.putArray("cardsV2").addObject().put("cardId", "pulse-done");
        wrapper.putObject("card").putArray("sections").addObject().putArray("widgets").addObject()
                .putObject("textParagraph").put("text", GoogleChatText.escape(text));
        return reply;
    }

    /**
     * Replaces the clicked prompt with the thank-you and the writer's reply code. The code is shown as typed (in
     * monospace in the text, bold in the card), never passed through {@link GoogleChatText#plain}, whose zero-width
     * spaces would make a copied code invalid.
     */
    static ObjectNode updateCard(String thanks, String code, String codeText) {
        ObjectNode reply = JSON.objectNode();
        reply.putObject("actionResponse").put("type", "UPDATE_MESSAGE");
        reply.put("text", GoogleChatText.plain(thanks) + "\n\n" + codeText);
        String codeHtml = GoogleChatText.escape(codeText).replace("`" + code + "`", "<b>" + code + "</b>")
                .replace("\n", "<br>");
        ObjectNode wrapper = reply.putArray("cardsV2").addObject().put("cardId", "pulse-done");
        wrapper.putObject("card").putArray("sections").addObject().putArray("widgets").addObject()
                .putObject("textParagraph").put("text", GoogleChatText.escape(thanks) + "<br><br>" + codeHtml);
        return reply;
    }
}
