package io.pulsecheck.platform.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.platform.mattermost.MattermostLimits;

/**
 * Checks a Mattermost incoming-webhook post or action response against the documented fields (incoming webhooks,
 * message attachments, interactive message buttons), the {@link MattermostLimits} and escaping: markdown texts carry no
 * active mention, link, emphasis or HTML of a person, and button names ping no one.
 */
public final class MattermostChecker {

    private static final Set<String> POST = Set.of("channel", "text", "attachments", "username", "icon_url",
            "icon_emoji", "props", "type", "priority", "response_type", "update", "message", "goto_location",
            "skip_slack_parsing");
    private static final Set<String> ATTACHMENT = Set.of("fallback", "color", "pretext", "author_name",
            "author_link", "author_icon", "title", "title_link", "text", "fields", "image_url", "thumb_url", "footer",
            "footer_icon", "actions");
    private static final Set<String> FIELD = Set.of("title", "value", "short");
    private static final Set<String> ACTION = Set.of("id", "name", "integration", "type", "style", "data_source",
            "options", "default_option", "disabled");
    /** Mentions are case-insensitive in Mattermost. */
    private static final List<String> ACTIVE_MENTIONS = List.of("@channel", "@here", "@all");
    private static final List<String> ACTIVE_MARKDOWN = List.of("<", ">", "[link](", "*bold*", "_it_", "~st~",
            "`code`", "\n# head");

    private MattermostChecker() {
    }

    public static List<String> check(JsonNode body) {
        List<String> problems = new ArrayList<>(Conformance.wholeCharacters(body));
        JsonNode post = body.has("update") ? body.path("update") : body;
        known(problems, "$", body, POST);
        String message = post.has("message") ? post.path("message").asText() : post.path("text").asText();
        markdown(problems, "text", message);
        JsonNode attachments = post.has("props") ? post.path("props").path("attachments") : post.path("attachments");
        int length = message.length();
        for (int a = 0; a < attachments.size(); a++) {
            String where = "attachments[" + a + "]";
            JsonNode attachment = attachments.get(a);
            known(problems, where, attachment, ATTACHMENT);
            for (String field : new String[] {"pretext", "text"}) {
                markdown(problems, where + "." + field, attachment.path(field).asText());
                length += attachment.path(field).asText().length();
            }
            for (String field : new String[] {"fallback", "title"}) {
                mentions(problems, where + "." + field, attachment.path(field).asText());
                length += attachment.path(field).asText().length();
            }
            JsonNode fields = attachment.path("fields");
            for (int f = 0; f < fields.size(); f++) {
                known(problems, where + ".fields[" + f + "]", fields.get(f), FIELD);
                mentions(problems, where + ".fields[" + f + "].title", fields.get(f).path("title").asText());
                markdown(problems, where + ".fields[" + f + "].value", fields.get(f).path("value").asText());
                length += fields.get(f).path("title").asText().length() + fields.get(f).path("value").asText().length();
            }
            JsonNode actions = attachment.path("actions");
            for (int i = 0; i < actions.size(); i++) {
                JsonNode action = actions.get(i);
                String actionPath = where + ".actions[" + i + "]";
                known(problems, actionPath, action, ACTION);
                // Mattermost drops buttons whose id is not alphanumeric.
                if (!action.path("id").asText().matches("[A-Za-z0-9]+")) {
                    problems.add(actionPath + ".id is not alphanumeric");
                }
                if (action.path("name").asText().isBlank()) {
                    problems.add(actionPath + ".name is empty");
                }
                mentions(problems, actionPath + ".name", action.path("name").asText());
                if (!action.path("integration").path("url").asText().startsWith("http")) {
                    problems.add(actionPath + ".integration.url is missing");
                }
            }
        }
        Conformance.atMost(problems, "the post's text", length, MattermostLimits.POST_TEXT,
                "Mattermost's post length");
        return problems;
    }

    private static void markdown(List<String> problems, String where, String text) {
        mentions(problems, where, text);
        Conformance.noActive(problems, where, text, ACTIVE_MARKDOWN);
        Conformance.noBareAmpersand(problems, where, text);
    }

    private static void mentions(List<String> problems, String where, String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        Conformance.noActive(problems, where, lower, ACTIVE_MENTIONS);
    }

    private static void known(List<String> problems, String where, JsonNode node, Set<String> allowed) {
        node.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                problems.add(where + " has undocumented field " + name);
            }
        });
    }
}
