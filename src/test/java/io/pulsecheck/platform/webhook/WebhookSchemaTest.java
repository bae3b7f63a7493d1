package io.pulsecheck.platform.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

import io.pulsecheck.platform.ChatPlatform;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.DigestTarget;
import io.pulsecheck.platform.LeaderAddress;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.conformance.Conformance;
import io.pulsecheck.platform.conformance.EdgeCaseContent;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every generic webhook event, rendered from the edge-case fixtures, matches its JSON Schema in
 * {@code docs/schemas/webhook/} (the contract docs/WEBHOOK.md gives gateways), carries whole characters and a
 * {@code messageId}.
 */
@QuarkusTest
class WebhookSchemaTest {

    private static final String BASE = "https://pulsecheck.example/schemas/webhook/";
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE,
                    Path.of("docs", "schemas", "webhook").toAbsolutePath().toUri().toString())));
    private static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    @Inject
    ChatPlatforms platforms;

    private ChatPlatform webhook() {
        return platforms.of(PlatformId.WEBHOOK).orElseThrow();
    }

    private static JsonSchema schema(String file) {
        return SCHEMAS.getSchema(SchemaLocation.of(BASE + file), STRICT);
    }

    @Test
    void everyPromptAndReminderMatchesItsSchema() {
        List<String> problems = new ArrayList<>();
        for (var fixture : EdgeCaseContent.prompts(PlatformId.WEBHOOK)) {
            validate(problems, fixture.toString(), "checkin.prompt.schema.json",
                    webhook().prompt(fixture.content()).orElseThrow().payload());
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyLeaderPromptMatchesItsSchema() {
        List<String> problems = new ArrayList<>();
        for (var fixture : EdgeCaseContent.leaderPrompts(PlatformId.WEBHOOK)) {
            validate(problems, fixture.toString(), "leader.prompt.schema.json",
                    webhook().leaderPrompt(fixture.content()).orElseThrow().payload());
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyDigestAndAlertMatchesItsSchema() {
        List<String> problems = new ArrayList<>();
        for (var fixture : EdgeCaseContent.leaderCards()) {
            validate(problems, fixture.toString(), "leader-card.schema.json", card(fixture.content()));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void digestCarriesAMessageIdOfItsOwn() {
        LeaderCard digest = EdgeCaseContent.leaderCards().get(0).content();

        JsonNode first = card(digest);
        JsonNode second = card(digest);

        assertNotEquals(first.path("messageId").asText(), second.path("messageId").asText());
        UUID.fromString(first.path("messageId").asText());
    }

    @Test
    void schemaRefusesADigestWithoutMessageId() {
        ObjectNode digest = (ObjectNode) card(EdgeCaseContent.leaderCards().get(0).content());
        digest.remove("messageId");

        assertFalse(schema("leader-card.schema.json").validate(digest).isEmpty());
    }

    private JsonNode card(LeaderCard card) {
        ChatRecipient leader = new ChatRecipient(UUID.randomUUID(), PlatformId.SLACK, "ULEAD", "de");
        return webhook().leaderCard(card, new LeaderAddress(leader,
                new DigestTarget(PlatformId.WEBHOOK, "https://gateway.example.com/hook", null), "k"))
                .orElseThrow().payload();
    }

    private static void validate(List<String> problems, String fixture, String schemaFile, JsonNode event) {
        schema(schemaFile).validate(event).forEach(message -> problems.add(fixture + ": " + message.getMessage()));
        Conformance.wholeCharacters(event).forEach(problem -> problems.add(fixture + ": " + problem));
    }
}
