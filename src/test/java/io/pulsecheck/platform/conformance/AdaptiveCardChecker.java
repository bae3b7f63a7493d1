package io.pulsecheck.platform.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import io.pulsecheck.platform.WireSize;
import io.pulsecheck.platform.teams.TeamsLimits;

/**
 * Checks Microsoft Teams message bodies with Microsoft's own {@code adaptivecards} parser ({@code AdaptiveCard.parse}
 * and property validation), run by the machine's Node.js, plus the Adaptive Card 1.5 element set, the
 * {@link TeamsLimits} and escaped text. The npm package is installed once into {@code target/adaptivecards-checker}.
 */
public final class AdaptiveCardChecker {

    /** The parser version, pinned so the verdict does not change under us. */
    static final String PACKAGE = "adaptivecards@3.0.6";
    private static final Path DIRECTORY = Path.of("target", "adaptivecards-checker");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Elements and inputs Adaptive Cards 1.5 defines. */
    private static final Set<String> ELEMENTS_1_5 = Set.of("TextBlock", "Image", "Media", "RichTextBlock", "TextRun",
            "ActionSet", "Container", "ColumnSet", "Column", "FactSet", "ImageSet", "Table", "TableRow", "TableCell",
            "Input.Text", "Input.Number", "Input.Date", "Input.Time", "Input.Toggle", "Input.ChoiceSet",
            "Action.OpenUrl", "Action.Submit", "Action.ShowCard", "Action.ToggleVisibility", "Action.Execute");
    /** TextBlock markdown (and mentions) that must reach the reader as plain text. */
    private static final List<String> ACTIVE = List.of("[link](", "*bold*", "_it_", "~st~", "<", ">");

    private AdaptiveCardChecker() {
    }

    /** Problems per body, in order; an empty list means the parser and every rule accept it. */
    public static List<List<String>> check(List<JsonNode> bodies) {
        List<List<String>> problems = new ArrayList<>();
        ArrayNode cards = JSON.createArrayNode();
        for (JsonNode body : bodies) {
            List<String> own = new ArrayList<>(Conformance.wholeCharacters(body));
            own.addAll(rules(body));
            problems.add(own);
            cards.add(body.path("attachments").path(0).path("content"));
        }
        JsonNode verdicts = parse(cards);
        for (int i = 0; i < bodies.size(); i++) {
            for (JsonNode problem : verdicts.get(i)) {
                problems.get(i).add("adaptivecards parser: " + problem.asText());
            }
        }
        return problems;
    }

    private static List<String> rules(JsonNode body) {
        List<String> problems = new ArrayList<>();
        Conformance.atMost(problems, "message bytes", WireSize.bytes(body), TeamsLimits.MESSAGE_BYTES,
                "Teams' message size");
        if (!"message".equals(body.path("type").asText())) {
            problems.add("type is not message");
        }
        JsonNode attachment = body.path("attachments").path(0);
        if (!"application/vnd.microsoft.card.adaptive".equals(attachment.path("contentType").asText())) {
            problems.add("the attachment is not an Adaptive Card");
        }
        JsonNode card = attachment.path("content");
        if (!"AdaptiveCard".equals(card.path("type").asText())) {
            problems.add("content is not an AdaptiveCard");
        }
        String version = card.path("version").asText();
        if (!version.matches("1\\.[0-5]")) {
            problems.add("version " + version + " is not 1.0 to 1.5");
        }
        elements(problems, "body", card.path("body"));
        return problems;
    }

    private static void elements(List<String> problems, String path, JsonNode elements) {
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            String where = path + "[" + i + "]";
            String type = element.path("type").asText();
            if (!ELEMENTS_1_5.contains(type)) {
                problems.add(where + " type " + type + " is not in Adaptive Cards 1.5");
            }
            if ("TextBlock".equals(type)) {
                String text = element.path("text").asText();
                if (text.isEmpty()) {
                    problems.add(where + ".text is empty");
                }
                Conformance.noActive(problems, where + ".text", text, ACTIVE);
                Conformance.noBareAmpersand(problems, where + ".text", text);
            }
            if ("FactSet".equals(type)) {
                JsonNode facts = element.path("facts");
                for (int f = 0; f < facts.size(); f++) {
                    for (String field : new String[] {"title", "value"}) {
                        String text = facts.get(f).path(field).asText();
                        Conformance.noActive(problems, where + ".facts[" + f + "]." + field, text, ACTIVE);
                        Conformance.noBareAmpersand(problems, where + ".facts[" + f + "]." + field, text);
                    }
                }
            }
            if ("Image".equals(type) && !element.path("url").asText().matches("https?://.+")) {
                problems.add(where + ".url is not an http(s) URL");
            }
            elements(problems, where + ".items", element.path("items"));
            elements(problems, where + ".columns", element.path("columns"));
        }
    }


    /** Runs the npm parser over all cards at once: one Node.js start for the whole suite. */
    private static JsonNode parse(ArrayNode cards) {
        try {
            install();
            Path input = Files.createTempFile("cards", ".json");
            Files.writeString(input, JSON.writeValueAsString(cards));
            Process node = new ProcessBuilder("node", DIRECTORY.resolve("check.js").toAbsolutePath().toString(),
                    input.toAbsolutePath().toString()).redirectErrorStream(true).start();
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!node.waitFor(120, TimeUnit.SECONDS) || node.exitValue() != 0) {
                throw new IllegalStateException("The adaptivecards check failed: " + output);
            }
            Files.delete(input);
            return JSON.readTree(output);
        } catch (IOException e) {
            throw new IllegalStateException("Node.js is needed to run Microsoft's adaptivecards parser (" + e.getMessage()
                    + "); install Node.js 20 and npm", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void install() throws IOException, InterruptedException {
        Files.createDirectories(DIRECTORY);
        Files.writeString(DIRECTORY.resolve("check.js"), SCRIPT);
        if (Files.exists(DIRECTORY.resolve("node_modules/adaptivecards/dist/adaptivecards.js"))) {
            return;
        }
        Files.writeString(DIRECTORY.resolve("package.json"), "{\"name\":\"adaptivecards-checker\",\"private\":true}");
        Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--save-exact", PACKAGE)
                .directory(DIRECTORY.toFile()).redirectErrorStream(true).start();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!npm.waitFor(300, TimeUnit.SECONDS) || npm.exitValue() != 0) {
            throw new IOException("npm install " + PACKAGE + " failed: " + output);
        }
    }

    /**
     * Parses each card with validation as Teams' renderer would and prints, per card, the parser's and the property
     * validation's events. The package's CommonJS bundle is loaded: its ES module build does not load under Node.
     */
    private static final String SCRIPT = """
            const AC = require("adaptivecards/dist/adaptivecards.js");
            const fs = require("fs");
            const cards = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
            const verdicts = cards.map((json) => {
              const problems = [];
              const context = new AC.SerializationContext();
              const card = new AC.AdaptiveCard();
              card.parse(json, context);
              for (let i = 0; i < context.eventCount; i++) {
                problems.push(context.getEventAt(i).message);
              }
              const validation = card.validateProperties();
              for (const event of validation.validationEvents) {
                problems.push(event.message);
              }
              return problems;
            });
            process.stdout.write(JSON.stringify(verdicts));
            """;
}
