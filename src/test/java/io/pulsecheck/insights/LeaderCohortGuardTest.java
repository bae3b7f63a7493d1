package io.pulsecheck.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The differencing guard of the leaders' check: which cohorts of a round's whole may be shown. */
class LeaderCohortGuardTest {

    private static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-4000-8000-00000000000c");

    private static Map<UUID, Long> parts(long a, long b, long c) {
        Map<UUID, Long> parts = new LinkedHashMap<>();
        parts.put(A, a);
        parts.put(B, b);
        parts.put(C, c);
        return parts;
    }

    @Test
    void showsNothingOfAWholeBelowK() {
        assertEquals(Set.of(), LeaderCheckService.shownParts(4, parts(4, 0, 0), 5));
    }

    @Test
    void showsEveryCohortWhenTheyMakeUpTheWhole() {
        assertEquals(Set.of(A, B), LeaderCheckService.shownParts(11, parts(5, 6, 0), 5));
    }

    @Test
    void withholdsACohortWhoseSubtractionLeavesFewerThanK() {
        // 7 - 5 = 2 leaders of B and C would be isolated.
        assertEquals(Set.of(), LeaderCheckService.shownParts(7, parts(5, 1, 1), 5));
    }

    @Test
    void showsACohortWhenTheRestReachesK() {
        assertEquals(Set.of(A), LeaderCheckService.shownParts(10, parts(5, 3, 2), 5));
    }

    @Test
    void withholdsTheSmallestShownCohortUntilTheRestReachesK() {
        // Showing A and B leaves C's 2; without B (the smaller) the rest is 7.
        assertEquals(Set.of(A), LeaderCheckService.shownParts(14, parts(7, 5, 2), 5));
    }

    @Test
    void aSingleCohortEqualToTheWholeIsShown() {
        assertEquals(Set.of(A), LeaderCheckService.shownParts(6, parts(6, 0, 0), 5));
    }
}
