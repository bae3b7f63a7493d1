package io.pulsecheck.platform.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.platform.WireSize;
import io.pulsecheck.platform.googlechat.GoogleChatLimits;

/**
 * Checks a Google Chat message body against the documented fields of a message with {@code cardsV2} (Google Chat API
 * reference: Message, CardWithId, Card, Section, Widget), the {@link GoogleChatLimits} and escaping: the HTML subset of
 * card texts carries no tag but ours, and the message text no mention, link or format marker of a person.
 */
public final class GoogleChatChecker {

    private static final Set<String> MESSAGE = Set.of("text", "cardsV2", "thread", "privateMessageViewer");
    private static final Set<String> CARD_WITH_ID = Set.of("cardId", "card");
    private static final Set<String> CARD = Set.of("header", "sections", "cardActions", "name", "fixedFooter",
            "displayStyle", "peekCardHeader", "sectionDividerStyle");
    private static final Set<String> HEADER = Set.of("title", "subtitle", "imageType", "imageUrl", "imageAltText");
    private static final Set<String> SECTION = Set.of("header", "widgets", "collapsible", "uncollapsibleWidgetsCount");
    /** Widget kinds and the fields each may have. */
    private static final Map<String, Set<String>> WIDGETS = Map.of(
            "textParagraph", Set.of("text", "maxLines"),
            "decoratedText", Set.of("topLabel", "text", "bottomLabel", "wrapText", "startIcon", "icon", "button",
                    "switchControl", "endIcon", "onClick"),
            "image", Set.of("imageUrl", "altText", "onClick"),
            "buttonList", Set.of("buttons"),
            "divider", Set.of());
    private static final List<String> ACTIVE_IN_TEXT = List.of("<users/", "<https://", "*bold*", "_it_", "~st~",
            "`code`");

    private GoogleChatChecker() {
    }

    public static List<String> check(JsonNode body) {
        List<String> problems = new ArrayList<>(Conformance.wholeCharacters(body));
        Conformance.atMost(problems, "message bytes", WireSize.bytes(body), GoogleChatLimits.MESSAGE_BYTES,
                "Google Chat's message size");
        known(problems, "$", body, MESSAGE);
        String text = body.path("text").asText();
        Conformance.atMost(problems, "text", text.length(), GoogleChatLimits.MESSAGE_TEXT, "the text limit");
        Conformance.noActive(problems, "text", text, ACTIVE_IN_TEXT);
        JsonNode cards = body.path("cardsV2");
        for (int c = 0; c < cards.size(); c++) {
            String where = "cardsV2[" + c + "]";
            JsonNode withId = cards.get(c);
            known(problems, where, withId, CARD_WITH_ID);
            if (withId.path("cardId").asText().isEmpty()) {
                problems.add(where + ".cardId is missing");
            }
            JsonNode card = withId.path("card");
            known(problems, where + ".card", card, CARD);
            known(problems, where + ".card.header", card.path("header"), HEADER);
            if (card.has("header") && card.path("header").path("title").asText().isEmpty()) {
                problems.add(where + ".card.header.title is missing");
            }
            JsonNode sections = card.path("sections");
            for (int s = 0; s < sections.size(); s++) {
                String sectionPath = where + ".card.sections[" + s + "]";
                JsonNode section = sections.get(s);
                known(problems, sectionPath, section, SECTION);
                html(problems, sectionPath + ".header", section.path("header").asText());
                JsonNode widgets = section.path("widgets");
                if (widgets.isEmpty()) {
                    problems.add(sectionPath + " has no widgets");
                }
                for (int w = 0; w < widgets.size(); w++) {
                    widget(problems, sectionPath + ".widgets[" + w + "]", widgets.get(w));
                }
            }
        }
        return problems;
    }

    private static void widget(List<String> problems, String where, JsonNode widget) {
        if (widget.size() != 1) {
            problems.add(where + " must be exactly one widget kind, has " + widget.size());
            return;
        }
        String kind = widget.fieldNames().next();
        Set<String> fields = WIDGETS.get(kind);
        if (fields == null) {
            problems.add(where + " has unknown widget " + kind);
            return;
        }
        JsonNode content = widget.get(kind);
        known(problems, where + "." + kind, content, fields);
        switch (kind) {
            case "textParagraph" -> html(problems, where + ".textParagraph.text", content.path("text").asText());
            case "decoratedText" -> {
                if (content.path("text").asText().isEmpty()) {
                    problems.add(where + ".decoratedText.text is missing");
                }
                html(problems, where + ".decoratedText.text", content.path("text").asText());
            }
            case "image" -> {
                if (!content.path("imageUrl").asText().matches("https?://.+")) {
                    problems.add(where + ".image.imageUrl is not an http(s) URL");
                }
            }
            default -> {
                // No text of ours.
            }
        }
    }

    /** Google Chat's HTML subset: we only send {@code <br>}; any other tag or bare {@code &} came from a person. */
    private static void html(List<String> problems, String where, String text) {
        String withoutOurs = text.replace("<br>", "");
        if (withoutOurs.indexOf('<') >= 0 || withoutOurs.indexOf('>') >= 0) {
            problems.add(where + " carries an unescaped < or >");
        }
        Conformance.noBareAmpersand(problems, where, text);
    }

    private static void known(List<String> problems, String where, JsonNode node, Set<String> allowed) {
        node.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                problems.add(where + " has undocumented field " + name);
            }
        });
    }

}
