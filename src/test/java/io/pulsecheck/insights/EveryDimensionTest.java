package io.pulsecheck.insights;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.pulsecheck.customers.CustomerDigest;
import io.pulsecheck.digest.DigestComposer;
import io.pulsecheck.digest.DigestWording;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every dimension a built-in set collects is reported with the scoring of docs/QUESTIONS.md: the five named indices in
 * their fields, the others (trust, recognition, workload) in the generic {@code dimensions} list, under the cycle's k.
 */
@QuarkusTest
class EveryDimensionTest {

    private static final List<String> NAMED = List.of("wellbeing", "stress", "transparency", "enps", "safety");

    @Inject
    InsightFixtures fixtures;

    @Inject
    CycleStatistics statistics;

    @Inject
    EntityManager em;

    @Inject
    InsightsService insights;

    @Inject
    DigestComposer composer;

    /** One question of a built-in set's current version. */
    record BuiltinQuestion(UUID id, String key, String type, String dimension, String firstChoice) {
    }

    /** A team (k 5) asking the current version of a built-in set. */
    record BuiltinTeam(SeededTeam team, List<BuiltinQuestion> questions) {
        UUID question(String key) {
            return questions.stream().filter(q -> q.key().equals(key)).findFirst().orElseThrow().id();
        }
    }

    @SuppressWarnings("unchecked")
    private BuiltinTeam builtinTeam(String builtinKey) {
        SeededTeam seeded = QuarkusTransaction.requiringNew().call(() -> fixtures.team("dims", null, 5));
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID version = (UUID) em.createNativeQuery("""
                    select v.id from question_set s
                    join question_set_version v on v.set_id = s.id and v.number = s.current_version
                    where s.builtin_key = :key
                    """).setParameter("key", builtinKey).getSingleResult();
            List<BuiltinQuestion> questions = new ArrayList<>();
            for (Object[] row : (List<Object[]>) em.createNativeQuery("""
                    select id, key, type, dimension, choices -> 0 ->> 'value' from question
                    where set_version_id = :version order by position
                    """).setParameter("version", version).getResultList()) {
                questions.add(new BuiltinQuestion((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (String) row[4]));
            }
            return new BuiltinTeam(new SeededTeam(seeded.id(), seeded.name(), version, seeded.scheduleId(), Map.of()),
                    questions);
        });
    }

    /** One anonymous response of a released cycle: an Integer answers a numeric item, a String a single choice. */
    private void respond(BuiltinTeam team, UUID cycleId, LocalDate date, Map<String, Object> answers) {
        QuarkusTransaction.requiringNew().run(() -> {
            UUID response = UUID.randomUUID();
            em.createNativeQuery("""
                    insert into response (id, cycle_id, team_id, cycle_date, question_set_version_id)
                    values (:id, :cycle, :team, :date, :version)
                    """).setParameter("id", response).setParameter("cycle", cycleId)
                    .setParameter("team", team.team().id()).setParameter("date", date)
                    .setParameter("version", team.team().setVersionId()).executeUpdate();
            for (Map.Entry<String, Object> answer : answers.entrySet()) {
                UUID question = team.question(answer.getKey());
                boolean choice = answer.getValue() instanceof String;
                em.createNativeQuery("""
                        insert into answer (id, response_id, question_id, dimension, value, choice)
                        values (:id, :response, :question, (select dimension from question where id = :question),
                                cast(:value as integer), cast(:choice as text))
                        """).setParameter("id", UUID.randomUUID()).setParameter("response", response)
                        .setParameter("question", question)
                        .setParameter("value", choice ? null : answer.getValue())
                        .setParameter("choice", choice ? answer.getValue() : null).executeUpdate();
            }
            statistics.write(cycleId);
        });
    }

    private UUID closedCycle(BuiltinTeam team, LocalDate date) {
        return fixtures.cycle(team.team(), date, 8, "closed");
    }

    private static JsonPath report(BuiltinTeam team, LocalDate from, LocalDate to) {
        return given().auth().oauth2(TestTokens.hrAdmin()).queryParam("from", from.toString())
                .queryParam("to", to.toString()).when().get("/api/v1/teams/{id}/insights", team.team().id())
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> further(JsonPath report, int cycle, String dimension) {
        return report.getMap("cycles[" + cycle + "].dimensions.find { it.dimension == '" + dimension + "' }");
    }

    private static double round1(double value) {
        return Math.round(value * 10.0) / 10.0;
    }

    @Test
    void trustInLeadershipIsReportedAsDocumented() {
        BuiltinTeam team = builtinTeam("trust-in-leadership");
        LocalDate date = LocalDate.parse("2026-05-04");
        UUID cycle = closedCycle(team, date);
        int[][] respondents = { { 5, 4, 4, 5, 1 }, { 3, 3, 2, 4, 4 }, { 4, 4, 5, 3, 2 }, { 2, 3, 3, 2, 5 },
                { 5, 5, 4, 4, 3 } };
        double sum = 0;
        for (int[] values : respondents) {
            Map<String, Object> answers = new LinkedHashMap<>();
            double items = 0;
            for (int i = 0; i < 5; i++) {
                answers.put("trust_" + (i + 1), values[i]);
                // docs/QUESTIONS.md: reverse item 5 (6 - x), mean, rescale (mean - 1) / 4 x 100.
                items += i == 4 ? 6 - values[i] : values[i];
            }
            respond(team, cycle, date, answers);
            sum += (items / 5 - 1) / 4 * 100;
        }

        JsonPath report = report(team, date, date);
        Map<String, Object> trust = further(report, 0, "trust");
        assertEquals("index", trust.get("kind"));
        assertEquals("shown", report.getString("cycles[0].dimensions.find { it.dimension == 'trust' }.index.status"));
        assertEquals(round1(sum / respondents.length),
                report.getDouble("cycles[0].dimensions.find { it.dimension == 'trust' }.index.value"), 1e-9);
        assertEquals(5, report.getInt("cycles[0].dimensions.find { it.dimension == 'trust' }.index.n"));
        assertNotNull(report.get("cycles[0].dimensions.find { it.dimension == 'trust' }.index.ciLow"));
        assertEquals("no_data", report.getString("cycles[0].transparency.status"));
    }

    @Test
    void weeklyPulseReportsAllFiveItemsAsDocumented() {
        BuiltinTeam team = builtinTeam("weekly-pulse");
        LocalDate date = LocalDate.parse("2026-05-11");
        UUID cycle = closedCycle(team, date);
        Object[][] respondents = { { 4, 2, "too_high", 1, 1 }, { 5, 1, "about_right", 1, 0 },
                { 3, 4, "too_high", 0, 0 }, { 2, 5, "too_high", 1, 1 }, { 4, 3, "about_right", 1, 0 } };
        String[] keys = { "pulse_mood", "pulse_stress", "pulse_workload", "pulse_priorities", "pulse_recognition" };
        double mood = 0;
        double stress = 0;
        for (Object[] values : respondents) {
            Map<String, Object> answers = new LinkedHashMap<>();
            for (int i = 0; i < keys.length; i++) {
                answers.put(keys[i], values[i]);
            }
            respond(team, cycle, date, answers);
            mood += ((Integer) values[0] - 1) / 4.0 * 100;
            stress += ((Integer) values[1] - 1) / 4.0 * 100;
        }

        JsonPath report = report(team, date, date);
        // Scales as team means rescaled to 0..100, yes/no as % yes, the single choice as the share of each option.
        assertEquals(round1(mood / 5), report.getDouble("cycles[0].wellbeing.value"), 1e-9);
        assertEquals(round1(stress / 5), report.getDouble("cycles[0].stress.value"), 1e-9);
        assertEquals(80.0, report.getDouble("cycles[0].transparency.value"), 1e-9);
        assertEquals(40.0,
                report.getDouble("cycles[0].dimensions.find { it.dimension == 'recognition' }.index.value"), 1e-9);
        assertEquals("distribution", further(report, 0, "workload").get("kind"));
        assertEquals("shown", further(report, 0, "workload").get("status"));
        assertEquals(5, report.getInt("cycles[0].dimensions.find { it.dimension == 'workload' }.n"));
        assertEquals(List.of("about_right", "too_high"),
                report.getList("cycles[0].dimensions.find { it.dimension == 'workload' }.shares.choice"));
        assertEquals(List.of(40.0f, 60.0f),
                report.getList("cycles[0].dimensions.find { it.dimension == 'workload' }.shares.share.value"));
    }

    @Test
    void everyBuiltinSetsDimensionsAppearInTheReport() {
        List<String> sets = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select builtin_key from question_set where builtin_key is not null order by builtin_key", String.class)
                .getResultList());
        assertEquals(8, sets.size(), "docs/QUESTIONS.md describes eight built-in sets");
        LocalDate date = LocalDate.parse("2026-05-18");
        for (String set : sets) {
            BuiltinTeam team = builtinTeam(set);
            UUID cycle = closedCycle(team, date);
            for (int r = 0; r < 5; r++) {
                Map<String, Object> answers = new LinkedHashMap<>();
                for (BuiltinQuestion question : team.questions()) {
                    switch (question.type()) {
                        case "single_choice" -> answers.put(question.key(), question.firstChoice());
                        case "yes_no" -> answers.put(question.key(), r % 2);
                        case "free_text" -> { }
                        default -> answers.put(question.key(), 2 + r % 3);
                    }
                }
                respond(team, cycle, date, answers);
            }
            JsonPath report = report(team, date, date);
            for (String dimension : team.questions().stream().filter(q -> !q.type().equals("free_text"))
                    .map(BuiltinQuestion::dimension).distinct().toList()) {
                String status = NAMED.contains(dimension)
                        ? report.getString("cycles[0]." + dimension + ".status")
                        : report.getString("cycles[0].dimensions.find { it.dimension == '" + dimension + "' }"
                                + ".with { it.kind == 'index' ? it.index.status : it.status }");
                assertEquals("shown", status, set + ": " + dimension);
            }
        }
    }

    @Test
    void furtherDimensionsBelowKShowNoNumber() {
        BuiltinTeam team = builtinTeam("weekly-pulse");
        LocalDate date = LocalDate.parse("2026-05-25");
        UUID cycle = closedCycle(team, date);
        for (int r = 0; r < 5; r++) {
            Map<String, Object> answers = new LinkedHashMap<>();
            answers.put("pulse_mood", 4);
            // Rotation asked recognition and workload of only four of the five.
            if (r < 4) {
                answers.put("pulse_recognition", 1);
                answers.put("pulse_workload", "too_high");
            }
            respond(team, cycle, date, answers);
        }

        JsonPath report = report(team, date, date);
        assertEquals("shown", report.getString("cycles[0].wellbeing.status"));
        Map<String, Object> recognition = further(report, 0, "recognition");
        assertEquals("not_enough_responses",
                report.getString("cycles[0].dimensions.find { it.dimension == 'recognition' }.index.status"));
        assertFalse(report.getMap("cycles[0].dimensions.find { it.dimension == 'recognition' }.index")
                .containsKey("value"));
        assertNotNull(recognition);
        Map<String, Object> workload = further(report, 0, "workload");
        assertEquals("not_enough_responses", workload.get("status"));
        assertFalse(workload.containsKey("shares"));
        assertFalse(workload.containsKey("n"));
    }

    /** Two released trust cycles: five times (5, 5) and then five times (3, 3), i.e. 100 then 50. */
    private BuiltinTeam trustFalling(LocalDate first) {
        BuiltinTeam team = builtinTeam("trust-in-leadership");
        UUID earlier = closedCycle(team, first);
        UUID later = closedCycle(team, first.plusWeeks(1));
        for (int r = 0; r < 5; r++) {
            respond(team, earlier, first, Map.of("trust_1", 5, "trust_2", 5));
            respond(team, later, first.plusWeeks(1), Map.of("trust_1", 3, "trust_2", 3 + r % 2));
        }
        return team;
    }

    private LeaderCard digest(BuiltinTeam team, LocalDate from, LocalDate to, String locale) {
        TeamInsights report = QuarkusTransaction.requiringNew().call(() -> insights.team(team.team().id(), from, to));
        return composer.digest(report, DigestWording.of(locale), null, List.of(),
                new CustomerDigest("", List.of(), false), null);
    }

    @Test
    void digestShowsFurtherDimensionsAndWhatMoved() {
        LocalDate first = LocalDate.parse("2026-06-08");
        BuiltinTeam team = trustFalling(first);

        LeaderCard card = digest(team, first, first.plusWeeks(1), "en");
        LeaderCard.Fact trust = card.facts().stream().filter(f -> f.label().equals("Trust in leadership"))
                .findFirst().orElseThrow();
        assertTrue(trust.value().startsWith("55.0 ↓ -45.0"), trust.value());
        LeaderCard.Section moved = card.sections().stream()
                .filter(section -> section.heading().equals("What moved beyond the noise")).findFirst().orElseThrow();
        assertEquals(List.of("Trust in leadership: 100.0 → 55.0"), moved.items());

        LeaderCard german = digest(team, first, first.plusWeeks(1), "de");
        assertTrue(german.facts().stream().anyMatch(f -> f.label().equals("Vertrauen in die Führung")));
    }

    @Test
    void digestShowsWorkloadSharesAndNoMovedSectionWhenNothingMoved() {
        BuiltinTeam team = builtinTeam("weekly-pulse");
        LocalDate date = LocalDate.parse("2026-06-22");
        UUID cycle = closedCycle(team, date);
        for (String workload : List.of("too_high", "too_high", "too_high", "about_right", "about_right")) {
            respond(team, cycle, date, Map.of("pulse_mood", 4, "pulse_workload", workload, "pulse_recognition", 1));
        }

        LeaderCard card = digest(team, date, date, "en");
        assertEquals("about right 40.0% · too high 60.0%", card.facts().stream()
                .filter(f -> f.label().equals("Workload")).findFirst().orElseThrow().value());
        assertTrue(card.facts().stream().anyMatch(f -> f.label().equals("Recognition") && f.value().startsWith("100.0")));
        assertFalse(card.sections().stream().anyMatch(s -> s.heading().equals("What moved beyond the noise")));
    }

    @Test
    void csvExportsFurtherDimensionsAfterTheNamedIndices() {
        BuiltinTeam team = builtinTeam("weekly-pulse");
        LocalDate date = LocalDate.parse("2026-06-29");
        UUID cycle = closedCycle(team, date);
        for (String workload : List.of("too_high", "too_high", "too_high", "about_right", "about_right")) {
            respond(team, cycle, date, Map.of("pulse_mood", 4, "pulse_workload", workload, "pulse_recognition", 0));
        }

        String[] lines = given().auth().oauth2(TestTokens.hrAdmin()).queryParam("from", date.toString())
                .queryParam("to", date.toString()).when().get("/api/v1/teams/{id}/insights.csv", team.team().id())
                .then().statusCode(200).extract().asString().split("\r\n");
        assertTrue(lines[0].endsWith(",safety_ci_high,recognition,recognition_ci_low,recognition_ci_high,"
                + "workload_about_right,workload_too_high,instrument,series_start"), lines[0]);
        assertTrue(lines[1].endsWith(",0.0,0.0,0.0,40.0,60.0,\"weekly-pulse\",false"), lines[1]);
    }

    @Test
    void furtherIndexCarriesItsChangeSinceThePreviousCycle() {
        BuiltinTeam team = builtinTeam("trust-in-leadership");
        LocalDate first = LocalDate.parse("2026-06-01");
        LocalDate second = first.plusWeeks(1);
        UUID earlier = closedCycle(team, first);
        UUID later = closedCycle(team, second);
        for (int r = 0; r < 5; r++) {
            respond(team, earlier, first, Map.of("trust_1", 5, "trust_2", 5));
            respond(team, later, second, Map.of("trust_1", 3, "trust_2", 3));
        }

        JsonPath report = report(team, first, second);
        assertEquals(100.0, report.getDouble("cycles[0].dimensions.find { it.dimension == 'trust' }.index.value"),
                1e-9);
        assertEquals(-50.0, report.getDouble("cycles[1].dimensions.find { it.dimension == 'trust' }.index.change"),
                1e-9);
    }
}
