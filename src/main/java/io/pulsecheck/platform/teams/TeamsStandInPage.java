package io.pulsecheck.platform.teams;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The dev stand-in's page: every 1:1 chat of the bot as Teams shows it, Adaptive Cards with their inputs as an HTML
 * form whose Submit becomes a message activity with the card's data and inputs as its {@code value}. Every text is
 * escaped here (card text is Teams markdown, shown as typed).
 */
final class TeamsStandInPage {

    private TeamsStandInPage() {
    }

    static String render(Map<String, List<TeamsStandIn.Entry>> chats) {
        StringBuilder html = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Microsoft Teams stand-in</title>
                <style>body{font-family:sans-serif;max-width:46rem;margin:2rem auto}.msg{border:1px solid #ccc;
                border-radius:8px;padding:.7rem;margin:.5rem 0}.me{background:#ebebf7}.card{background:#fafafa}
                label{display:block;margin:.2rem 0}fieldset{margin:.6rem 0}</style></head><body>
                <h1>Microsoft Teams stand-in (dev mode only)</h1>
                <p>1:1 chats between the pulsecheck bot and members on Teams. Submit and typed messages go to
                <code>/webhooks/teams/messages</code> as the Bot Connector sends them, with a bearer token signed by
                this stand-in's key; the bot answers through the outbox, so reload the page to see its reply.</p>
                """);
        if (chats.isEmpty()) {
            html.append("<p>No member on Teams has the bot yet.</p>");
        }
        chats.forEach((conversation, entries) -> {
            String path = "/dev/teams/chats/" + URLEncoder.encode(conversation, StandardCharsets.UTF_8);
            html.append("<h2>").append(escape(conversation)).append("</h2>");
            for (TeamsStandIn.Entry entry : entries) {
                boolean bot = entry.from().equals("bot");
                html.append("<div class=\"msg").append(bot ? "" : " me").append("\"><small>")
                        .append(escape(bot ? "pulsecheck" : entry.from())).append("</small>");
                String text = entry.body().path("text").asText("");
                if (!text.isEmpty()) {
                    html.append("<p>").append(escape(text).replace("\n", "<br>")).append("</p>");
                }
                for (JsonNode attachment : entry.body().path("attachments")) {
                    card(html, path, entry.id(), attachment.path("content"));
                }
                html.append("</div>");
            }
            html.append("<form method=\"post\" action=\"").append(escape(path))
                    .append("/say\"><input name=\"text\" placeholder=\"Message (help, pause, stop, resume, language)\" size=\"50\">")
                    .append("<button>Send</button></form>");
        });
        return html.append("</body></html>").toString();
    }

    private static void card(StringBuilder html, String path, String activityId, JsonNode card) {
        html.append("<form class=\"card\" method=\"post\" action=\"").append(escape(path)).append("/submit\">")
                .append("<input type=\"hidden\" name=\"_replyTo\" value=\"").append(escape(activityId)).append("\">");
        elements(html, card.path("body"));
        for (JsonNode action : card.path("actions")) {
            String title = escape(action.path("title").asText());
            if ("Action.Submit".equals(action.path("type").asText())) {
                action.path("data").fields().forEachRemaining(field -> html.append("<input type=\"hidden\" name=\"_data:")
                        .append(escape(field.getKey())).append("\" value=\"").append(escape(field.getValue().asText()))
                        .append("\">"));
                html.append("<button>").append(title).append("</button> ");
            } else if ("Action.OpenUrl".equals(action.path("type").asText())) {
                html.append("<a href=\"").append(escape(action.path("url").asText())).append("\">").append(title)
                        .append("</a> ");
            }
        }
        html.append("</form>");
    }

    private static void elements(StringBuilder html, JsonNode elements) {
        for (JsonNode element : elements) {
            switch (element.path("type").asText()) {
                case "TextBlock" -> html.append("<p>").append(escape(element.path("text").asText()).replace("\n", "<br>"))
                        .append("</p>");
                case "FactSet" -> {
                    html.append("<dl>");
                    for (JsonNode fact : element.path("facts")) {
                        html.append("<dt>").append(escape(fact.path("title").asText())).append("</dt><dd>")
                                .append(escape(fact.path("value").asText())).append("</dd>");
                    }
                    html.append("</dl>");
                }
                case "Image" -> html.append("<p><em>[").append(escape(element.path("altText").asText("image")))
                        .append("]</em></p>");
                case "Container" -> elements(html, element.path("items"));
                case "Input.Text" -> html.append("<label>").append(escape(element.path("label").asText()))
                        .append("<br><textarea name=\"").append(escape(element.path("id").asText()))
                        .append("\" rows=\"3\" cols=\"60\"></textarea></label>");
                case "Input.ChoiceSet" -> choices(html, element);
                default -> {
                    // Elements the bot does not send are left out.
                }
            }
        }
    }

    private static void choices(StringBuilder html, JsonNode input) {
        String name = escape(input.path("id").asText());
        html.append("<fieldset><legend>").append(escape(input.path("label").asText())).append("</legend>");
        boolean compact = "compact".equals(input.path("style").asText());
        if (compact) {
            html.append("<select name=\"").append(name).append("\"><option value=\"\"></option>");
        }
        for (JsonNode choice : input.path("choices")) {
            String value = escape(choice.path("value").asText());
            String title = escape(choice.path("title").asText());
            if (compact) {
                html.append("<option value=\"").append(value).append("\">").append(title).append("</option>");
            } else {
                html.append("<label><input type=\"radio\" name=\"").append(name).append("\" value=\"").append(value)
                        .append("\"> ").append(title).append("</label>");
            }
        }
        html.append(compact ? "</select>" : "").append("</fieldset>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
