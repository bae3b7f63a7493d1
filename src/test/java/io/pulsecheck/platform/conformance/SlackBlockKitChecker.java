package io.pulsecheck.platform.conformance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.RichTextElement;
import com.slack.api.util.json.GsonBlockElementFactory;
import com.slack.api.util.json.GsonContextBlockElementFactory;
import com.slack.api.util.json.GsonLayoutBlockFactory;
import com.slack.api.util.json.GsonRichTextElementFactory;
import com.slack.api.util.json.GsonTextObjectFactory;
import com.slack.api.util.json.UnknownPropertyDetectionAdapterFactory;

import io.pulsecheck.platform.slack.SlackLimits;

/**
 * Checks a Slack message body the way Slack would: every block parsed strictly by Slack's own Block Kit model (the
 * Java SDK's {@code slack-api-model}, failing on unknown types and properties), the {@link SlackLimits}, whole
 * characters, and escaped mrkdwn (no {@code <}, {@code >} or bare {@code &} that Slack would read as a link, mention or
 * entity).
 */
public final class SlackBlockKitChecker {

    private static final Set<String> TOP_LEVEL = Set.of("channel", "text", "blocks", "unfurl_links", "unfurl_media",
            "replace_original", "thread_ts", "mrkdwn");
    private static final Gson STRICT = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .registerTypeAdapter(LayoutBlock.class, new GsonLayoutBlockFactory(true))
            .registerTypeAdapter(BlockElement.class, new GsonBlockElementFactory(true))
            .registerTypeAdapter(ContextBlockElement.class, new GsonContextBlockElementFactory(true))
            .registerTypeAdapter(TextObject.class, new GsonTextObjectFactory(true))
            .registerTypeAdapter(RichTextElement.class, new GsonRichTextElementFactory(true))
            .registerTypeAdapterFactory(new UnknownPropertyDetectionAdapterFactory())
            .create();

    private SlackBlockKitChecker() {
    }

    /** Every problem found; empty when Slack accepts the body and shows people's text as typed. */
    public static List<String> check(JsonNode body) {
        List<String> problems = new ArrayList<>(Conformance.wholeCharacters(body));
        body.fieldNames().forEachRemaining(name -> {
            if (!TOP_LEVEL.contains(name)) {
                problems.add("unknown top-level field " + name);
            }
        });
        String text = body.path("text").asText(null);
        if (text == null || text.isBlank()) {
            problems.add("no fallback text");
        } else {
            Conformance.atMost(problems, "text", text.length(), SlackLimits.MESSAGE_TEXT, "the message text limit");
            mrkdwn(problems, "text", text);
        }
        JsonNode blocks = body.path("blocks");
        if (blocks.isMissingNode()) {
            return problems;
        }
        Conformance.atMost(problems, "blocks", blocks.size(), SlackLimits.MAX_BLOCKS, "the block limit");
        Set<String> blockIds = new HashSet<>();
        int sectionText = 0;
        for (int i = 0; i < blocks.size(); i++) {
            JsonNode block = blocks.get(i);
            String where = "blocks[" + i + "]";
            try {
                LayoutBlock parsed = STRICT.fromJson(JsonParser.parseString(block.toString()), LayoutBlock.class);
                if (parsed == null) {
                    problems.add(where + " is not a block");
                }
            } catch (JsonParseException | IllegalStateException e) {
                problems.add(where + " is refused by Slack's Block Kit model: " + e.getMessage());
            }
            if (block.has("block_id") && !blockIds.add(block.get("block_id").asText())) {
                problems.add(where + " repeats block_id " + block.get("block_id").asText());
            }
            sectionText += checkBlock(problems, where, block);
        }
        Conformance.atMost(problems, "section text of all blocks", sectionText, SlackLimits.BLOCKS_TEXT,
                "the message's block text budget");
        return problems;
    }

    private static int checkBlock(List<String> problems, String where, JsonNode block) {
        String type = block.path("type").asText();
        int sectionText = 0;
        switch (type) {
            case "header" -> textObject(problems, where + ".text", block.path("text"), SlackLimits.HEADER_TEXT);
            case "section" -> {
                if (block.has("text")) {
                    textObject(problems, where + ".text", block.path("text"), SlackLimits.SECTION_TEXT);
                    sectionText += block.path("text").path("text").asText().length();
                }
                JsonNode fields = block.path("fields");
                Conformance.atMost(problems, where + ".fields", fields.size(), SlackLimits.FIELDS, "the field limit");
                for (int f = 0; f < fields.size(); f++) {
                    textObject(problems, where + ".fields[" + f + "]", fields.get(f), SlackLimits.FIELD_TEXT);
                    sectionText += fields.get(f).path("text").asText().length();
                }
            }
            case "context" -> {
                JsonNode elements = block.path("elements");
                for (int e = 0; e < elements.size(); e++) {
                    textObject(problems, where + ".elements[" + e + "]", elements.get(e), SlackLimits.CONTEXT_TEXT);
                }
            }
            case "image" -> {
                Conformance.atMost(problems, where + ".alt_text", block.path("alt_text").asText().length(),
                        SlackLimits.ALT_TEXT, "the alt text limit");
                if (!block.path("image_url").asText().startsWith("https://")) {
                    problems.add(where + ".image_url is not https: Slack cannot fetch it");
                }
            }
            case "input" -> {
                textObject(problems, where + ".label", block.path("label"), SlackLimits.LABEL_TEXT);
                element(problems, where + ".element", block.path("element"));
            }
            case "actions" -> {
                JsonNode elements = block.path("elements");
                for (int e = 0; e < elements.size(); e++) {
                    element(problems, where + ".elements[" + e + "]", elements.get(e));
                }
            }
            default -> {
                // divider and other blocks carry no text of ours.
            }
        }
        return sectionText;
    }

    private static void element(List<String> problems, String where, JsonNode element) {
        JsonNode options = element.path("options");
        String type = element.path("type").asText();
        if ("radio_buttons".equals(type)) {
            Conformance.atMost(problems, where + ".options", options.size(), SlackLimits.RADIO_OPTIONS,
                    "the radio button limit");
        }
        if ("static_select".equals(type)) {
            Conformance.atMost(problems, where + ".options", options.size(), SlackLimits.SELECT_OPTIONS,
                    "the select option limit");
        }
        for (int o = 0; o < options.size(); o++) {
            textObject(problems, where + ".options[" + o + "].text", options.get(o).path("text"),
                    SlackLimits.OPTION_TEXT);
            Conformance.atMost(problems, where + ".options[" + o + "].value",
                    options.get(o).path("value").asText().length(), SlackLimits.VALUE_TEXT, "the value limit");
        }
        if (element.has("placeholder")) {
            textObject(problems, where + ".placeholder", element.path("placeholder"), SlackLimits.OPTION_TEXT);
        }
        if ("button".equals(type)) {
            textObject(problems, where + ".text", element.path("text"), SlackLimits.OPTION_TEXT);
        }
    }

    private static void textObject(List<String> problems, String where, JsonNode text, int limit) {
        String value = text.path("text").asText();
        if (value.isEmpty()) {
            problems.add(where + " is empty");
        }
        Conformance.atMost(problems, where, value.length(), limit, "its limit");
        if ("mrkdwn".equals(text.path("type").asText())) {
            mrkdwn(problems, where, value);
        }
    }

    /** We never send links or mentions, so any {@code <} or {@code >} left in mrkdwn came unescaped from a person. */
    private static void mrkdwn(List<String> problems, String where, String text) {
        if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
            problems.add(where + " carries an unescaped < or >: " + excerpt(text));
        }
        Conformance.noBareAmpersand(problems, where, text);
    }

    private static String excerpt(String text) {
        int at = Math.max(text.indexOf('<'), text.indexOf('>'));
        return text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 30));
    }
}
