package io.pulsecheck.platform.conformance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.platform.WireSize;
import io.pulsecheck.platform.googlechat.GoogleChatLimits;

/**
 * Checks a Google Chat message body against the documented fields of a message with {@code cardsV2} (Google Chat API
 * reference: Message, ActionResponse, CardWithId, Card, Section, Widget with its text paragraphs, decorated texts,
 * images, text and selection inputs and button lists), the {@link GoogleChatLimits}, form input names, and escaping: the HTML subset of
 * card texts carries no tag but ours, and the message text no mention, link or format marker of a person.
 */
public final class GoogleChatChecker {

    private static final Set<String> MESSAGE = Set.of("text", "cardsV2", "thread", "privateMessageViewer",
            "actionResponse");
    /** The synchronous reply to an interaction event (ActionResponse). */
    private static final Set<String> ACTION_RESPONSE = Set.of("type", "url", "dialogAction", "updatedWidget");
    private static final Set<String> RESPONSE_TYPES = Set.of("NEW_MESSAGE", "UPDATE_MESSAGE",
            "UPDATE_USER_MESSAGE_CARDS", "REQUEST_CONFIG", "DIALOG", "UPDATE_WIDGET");
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
            "textInput", Set.of("name", "label", "hintText", "value", "type", "onChangeAction", "initialSuggestions",
                    "autoCompleteAction", "validation", "placeholderText"),
            "selectionInput", Set.of("name", "label", "type", "items", "onChangeAction", "multiSelectMaxSelectedItems",
                    "multiSelectMinQueryLength", "externalDataSource", "platformDataSource"),
            "dateTimePicker", Set.of("name", "label", "type", "valueMsEpoch", "timezoneOffsetDate", "onChangeAction"),
            "divider", Set.of());
    private static final Set<String> TEXT_INPUT_TYPES = Set.of("SINGLE_LINE", "MULTIPLE_LINE");
    private static final Set<String> SELECTION_TYPES = Set.of("CHECK_BOX", "RADIO_BUTTON", "SWITCH", "DROPDOWN",
            "MULTI_SELECT");
    /** Selection inputs where a person picks one item: at most one may start selected. */
    private static final Set<String> SINGLE_SELECTION = Set.of("RADIO_BUTTON", "DROPDOWN");
    private static final Set<String> SELECTION_ITEM = Set.of("text", "value", "selected", "startIconUri", "bottomText");
    private static final Set<String> BUTTON = Set.of("text", "icon", "color", "onClick", "disabled", "altText", "type");
    /** OnClick: exactly one of these. */
    private static final Set<String> ON_CLICK = Set.of("action", "openLink", "openDynamicLinkAction", "card",
            "overflowMenu");
    private static final Set<String> ACTION = Set.of("function", "parameters", "loadIndicator", "persistValues",
            "interaction", "requiredWidgets", "allWidgetsAreRequired");
    private static final Set<String> ACTION_PARAMETER = Set.of("key", "value");
    private static final List<String> ACTIVE_IN_TEXT = List.of("<users/", "<https://", "*bold*", "_it_", "~st~",
            "`code`");

    private GoogleChatChecker() {
    }

    public static List<String> check(JsonNode body) {
        List<String> problems = new ArrayList<>(Conformance.wholeCharacters(body));
        Conformance.atMost(problems, "message bytes", WireSize.bytes(body), GoogleChatLimits.MESSAGE_BYTES,
                "Google Chat's message size");
        known(problems, "$", body, MESSAGE);
        if (body.has("actionResponse")) {
            known(problems, "$.actionResponse", body.path("actionResponse"), ACTION_RESPONSE);
            oneOf(problems, "$.actionResponse.type", body.path("actionResponse").path("type").asText(), RESPONSE_TYPES);
        }
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
            int widgetCount = 0;
            Set<String> inputNames = new HashSet<>();
            for (int s = 0; s < sections.size(); s++) {
                String sectionPath = where + ".card.sections[" + s + "]";
                JsonNode section = sections.get(s);
                known(problems, sectionPath, section, SECTION);
                html(problems, sectionPath + ".header", section.path("header").asText());
                JsonNode widgets = section.path("widgets");
                if (widgets.isEmpty()) {
                    problems.add(sectionPath + " has no widgets");
                }
                widgetCount += widgets.size();
                for (int w = 0; w < widgets.size(); w++) {
                    widget(problems, sectionPath + ".widgets[" + w + "]", widgets.get(w), inputNames);
                }
            }
            Conformance.atMost(problems, where + " widgets", widgetCount, GoogleChatLimits.CARD_WIDGETS,
                    "Google's widgets per card");
        }
        return problems;
    }

    private static void widget(List<String> problems, String where, JsonNode widget, Set<String> inputNames) {
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
            case "textInput" -> {
                inputName(problems, where + ".textInput", content, inputNames);
                if (content.has("type")) {
                    oneOf(problems, where + ".textInput.type", content.path("type").asText(), TEXT_INPUT_TYPES);
                }
            }
            case "selectionInput" -> selection(problems, where + ".selectionInput", content, inputNames);
            case "buttonList" -> buttons(problems, where + ".buttonList", content.path("buttons"));
            default -> {
                // No text of ours.
            }
        }
    }

    /** Form inputs arrive keyed by name: a missing or repeated name loses an answer. */
    private static void inputName(List<String> problems, String where, JsonNode input, Set<String> names) {
        String name = input.path("name").asText();
        if (name.isEmpty()) {
            problems.add(where + ".name is missing");
        } else if (!names.add(name)) {
            problems.add(where + ".name " + name + " is used by another input of the card");
        }
        if (input.path("label").asText().isEmpty()) {
            problems.add(where + ".label is missing");
        }
    }

    private static void selection(List<String> problems, String where, JsonNode selection, Set<String> names) {
        inputName(problems, where, selection, names);
        String type = selection.path("type").asText("CHECK_BOX");
        oneOf(problems, where + ".type", type, SELECTION_TYPES);
        JsonNode items = selection.path("items");
        if (items.isEmpty()) {
            problems.add(where + ".items is empty");
        }
        Conformance.atMost(problems, where + ".items", items.size(), GoogleChatLimits.SELECTION_ITEMS,
                "Google's items per selection input");
        Set<String> values = new HashSet<>();
        int selected = 0;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String itemPath = where + ".items[" + i + "]";
            known(problems, itemPath, item, SELECTION_ITEM);
            if (item.path("text").asText().isEmpty()) {
                problems.add(itemPath + ".text is missing");
            }
            if (!values.add(item.path("value").asText())) {
                problems.add(itemPath + ".value is used by another item");
            }
            if (item.path("selected").asBoolean(false)) {
                selected++;
            }
        }
        if (SINGLE_SELECTION.contains(type) && selected > 1) {
            problems.add(where + " selects " + selected + " items of a " + type);
        }
    }

    private static void buttons(List<String> problems, String where, JsonNode buttons) {
        if (buttons.isEmpty()) {
            problems.add(where + ".buttons is empty");
        }
        for (int b = 0; b < buttons.size(); b++) {
            String buttonPath = where + ".buttons[" + b + "]";
            JsonNode button = buttons.get(b);
            known(problems, buttonPath, button, BUTTON);
            if (button.path("text").asText().isEmpty() && !button.has("icon")) {
                problems.add(buttonPath + " has neither text nor icon");
            }
            JsonNode onClick = button.path("onClick");
            known(problems, buttonPath + ".onClick", onClick, ON_CLICK);
            if (onClick.size() != 1) {
                problems.add(buttonPath + ".onClick must have exactly one of " + ON_CLICK);
            }
            if (onClick.has("action")) {
                JsonNode action = onClick.path("action");
                known(problems, buttonPath + ".onClick.action", action, ACTION);
                if (action.path("function").asText().isEmpty()) {
                    problems.add(buttonPath + ".onClick.action.function is missing");
                }
                JsonNode parameters = action.path("parameters");
                for (int p = 0; p < parameters.size(); p++) {
                    known(problems, buttonPath + ".onClick.action.parameters[" + p + "]", parameters.get(p),
                            ACTION_PARAMETER);
                }
            }
        }
    }

    private static void oneOf(List<String> problems, String where, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            problems.add(where + " is " + value + ", not one of " + allowed);
        }
    }

    /**
     * Google Chat's HTML subset: we only send {@code <br>} and {@code <b>}; any other tag or bare {@code &} came from a
     * person.
     */
    private static void html(List<String> problems, String where, String text) {
        String withoutOurs = text.replace("<br>", "").replace("<b>", "").replace("</b>", "");
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
