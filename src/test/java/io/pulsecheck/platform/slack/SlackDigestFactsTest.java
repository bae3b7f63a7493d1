package io.pulsecheck.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.platform.LeaderCard;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A digest of a set with many dimensions has more facts than one Slack section holds (ten fields): every fact still
 * reaches the leader, the last ones (participation comes last) in a further section.
 */
@QuarkusTest
class SlackDigestFactsTest {

    @Test
    void digestWithMoreFactsThanASectionHoldsKeepsEveryFactInOrder() {
        List<LeaderCard.Fact> facts = IntStream.rangeClosed(1, 13)
                .mapToObj(i -> new LeaderCard.Fact("Dimension " + i, i + ".0")).toList();
        LeaderCard digest = new LeaderCard(LeaderCard.Kind.DIGEST, "Weekly digest: Team A", "subtitle", facts, null,
                null, List.of(), null);

        JsonNode blocks = SlackCards.render(digest, "U1", "en").get("blocks");

        List<String> shown = new ArrayList<>();
        List<Integer> perSection = new ArrayList<>();
        for (JsonNode block : blocks) {
            if (block.has("fields")) {
                perSection.add(block.get("fields").size());
                block.get("fields").forEach(f -> shown.add(f.get("text").asText()));
            }
        }
        assertEquals(List.of(10, 3), perSection);
        assertEquals(facts.stream().map(f -> "*" + f.label() + "*\n" + f.value()).toList(), shown);
    }
}
