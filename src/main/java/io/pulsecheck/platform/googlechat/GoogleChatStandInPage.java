package io.pulsecheck.platform.googlechat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The dev stand-in's page: every direct message of the app as Google Chat shows it, cards with their inputs as an HTML
 * form whose Submit becomes a {@code CARD_CLICKED} event. Card paragraphs are the app's own escaped HTML subset and are
 * shown as such; every other text is escaped here.
 */
final class GoogleChatStandInPage {

    private GoogleChatStandInPage() {
    }

    static String render(Map<String, List<GoogleChatStandIn.Entry>> spaces) {
        StringBuilder html = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Google Chat stand-in</title>
                <style>body{font-family:sans-serif;max-width:46rem;margin:2rem auto}.msg{border:1px solid #ccc;
                border-radius:8px;padding:.7rem;margin:.5rem 0}.me{background:#e8f0fe}.card{background:#fafafa}
                label{display:block;margin:.2rem 0}fieldset{margin:.6rem 0}</style></head><body>
                <h1>Google Chat stand-in (dev mode only)</h1>
                <p>Direct messages between the pulsecheck Chat app and members on Google Chat. Submit and typed
                messages go to <code>/webhooks/google-chat/events</code> as Google sends them, with a bearer token
                signed by this stand-in's key.</p>
                """);
        if (spaces.isEmpty()) {
            html.append("<p>No member on Google Chat has the app yet.</p>");
        }
        spaces.forEach((space, entries) -> {
            String id = space.substring("spaces/".length());
            html.append("<h2>").append(escape(space)).append("</h2>");
            for (GoogleChatStandIn.Entry entry : entries) {
                boolean app = entry.from().equals("app");
                html.append("<div class=\"msg").append(app ? "" : " me").append("\"><small>")
                        .append(escape(app ? "pulsecheck" : entry.from())).append("</small>");
                String text = entry.body().path("text").asText("");
                if (!text.isEmpty() && !entry.body().has("cardsV2")) {
                    html.append("<p>").append(escape(text).replace("\n", "<br>")).append("</p>");
                }
                for (JsonNode card : entry.body().path("cardsV2")) {
                    card(html, id, card.path("card"));
                }
                html.append("</div>");
            }
            html.append("<form method=\"post\" action=\"/dev/google-chat/spaces/").append(escape(id))
                    .append("/say\"><input name=\"text\" placeholder=\"Message (help, pause, stop, resume, language)\" size=\"50\">")
                    .append("<button>Send</button></form>");
        });
        return html.append("</body></html>").toString();
    }

    private static void card(StringBuilder html, String space, JsonNode card) {
        html.append("<form class=\"card\" method=\"post\" action=\"/dev/google-chat/spaces/").append(escape(space))
                .append("/click\">");
        for (JsonNode section : card.path("sections")) {
            if (section.has("header")) {
                html.append("<h3>").append(section.path("header").asText()).append("</h3>");
            }
            for (JsonNode widget : section.path("widgets")) {
                widget(html, widget);
            }
        }
        html.append("</form>");
    }

    private static void widget(StringBuilder html, JsonNode widget) {
        if (widget.has("textParagraph")) {
            html.append("<p>").append(widget.path("textParagraph").path("text").asText()).append("</p>");
        } else if (widget.has("decoratedText")) {
            JsonNode text = widget.path("decoratedText");
            html.append("<p><small>").append(escape(text.path("topLabel").asText(""))).append("</small><br>")
                    .append(text.path("text").asText()).append("</p>");
        } else if (widget.has("textInput")) {
            JsonNode input = widget.path("textInput");
            html.append("<label>").append(escape(input.path("label").asText())).append("<br><textarea name=\"")
                    .append(escape(input.path("name").asText())).append("\" rows=\"3\" cols=\"60\"></textarea></label>");
        } else if (widget.has("selectionInput")) {
            selection(html, widget.path("selectionInput"));
        } else if (widget.has("buttonList")) {
            for (JsonNode button : widget.path("buttonList").path("buttons")) {
                JsonNode action = button.path("onClick").path("action");
                html.append("<input type=\"hidden\" name=\"_function\" value=\"")
                        .append(escape(action.path("function").asText())).append("\">");
                for (JsonNode parameter : action.path("parameters")) {
                    html.append("<input type=\"hidden\" name=\"_p:").append(escape(parameter.path("key").asText()))
                            .append("\" value=\"").append(escape(parameter.path("value").asText())).append("\">");
                }
                html.append("<button>").append(escape(button.path("text").asText())).append("</button>");
            }
        }
    }

    private static void selection(StringBuilder html, JsonNode input) {
        String name = escape(input.path("name").asText());
        html.append("<fieldset><legend>").append(escape(input.path("label").asText())).append("</legend>");
        boolean dropdown = "DROPDOWN".equals(input.path("type").asText());
        if (dropdown) {
            html.append("<select name=\"").append(name).append("\"><option value=\"\"></option>");
        }
        for (JsonNode item : input.path("items")) {
            String value = escape(item.path("value").asText());
            String text = escape(item.path("text").asText());
            if (dropdown) {
                html.append("<option value=\"").append(value).append("\">").append(text).append("</option>");
            } else {
                html.append("<label><input type=\"radio\" name=\"").append(name).append("\" value=\"").append(value)
                        .append("\"> ").append(text).append("</label>");
            }
        }
        html.append(dropdown ? "</select>" : "").append("</fieldset>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
