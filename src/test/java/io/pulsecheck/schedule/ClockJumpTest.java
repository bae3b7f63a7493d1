package io.pulsecheck.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulsecheck.platform.PlatformId;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The host clock jumps by an hour (an NTP step, a VM resumed, a wrongly configured DST switch) right at a team's send
 * time. Ticks run every ten minutes as the background job would; the check-in must open once, prompt each member
 * once, and the next week's check-in must still come.
 */
@QuarkusTest
class ClockJumpTest extends CheckInTestBase {

    /** 09:00 in Berlin on {@link #MONDAY}: the weekly send time. */
    private static final Instant SEND_TIME = Instant.parse("2021-03-22T08:00:00Z");
    private static final Duration TICK = Duration.ofMinutes(10);
    private static final Duration JUMP = Duration.ofHours(1);

    @Test
    void forwardJumpOverTheSendTimeNeitherSkipsNorDoublesTheCycle() {
        Team team = berlinTeam();

        Instant now = SEND_TIME.minus(TICK);
        tickAt(now);
        assertEquals(0, slackMessagesTo(team.memberUserId()), "no prompt before 09:00");
        now = now.plus(JUMP);
        tickAt(now);
        for (int i = 0; i < 6; i++) {
            now = now.plus(TICK);
            tickAt(now);
        }

        assertEquals(1, cycles(team), "the jump over 09:00 still opens the check-in, once");
        assertEquals(1, slackMessagesTo(team.memberUserId()), "one prompt");
        tickAt(SEND_TIME.plus(Duration.ofDays(7)));
        assertEquals(2, cycles(team), "next week's check-in comes as usual");
        assertEquals(2, slackMessagesTo(team.memberUserId()));
        System.out.printf("RELIABILITY clock-jump-forward: clock +1h from 08:50 to 09:50 local at the 09:00 send "
                + "time, ticks every 10 min: %d cycles over 2 weeks (expected 2), %d prompts to the member "
                + "(expected 2)%n", cycles(team), slackMessagesTo(team.memberUserId()));
    }

    @Test
    void backwardJumpAfterTheSendTimeNeitherRepeatsNorSkipsTheCycle() {
        Team team = berlinTeam();

        Instant now = SEND_TIME;
        tickAt(now);
        now = now.plus(TICK);
        tickAt(now);
        assertEquals(1, slackMessagesTo(team.memberUserId()));
        now = now.minus(JUMP);
        // The clock passes 09:00 a second time.
        for (int i = 0; i < 12; i++) {
            tickAt(now);
            now = now.plus(TICK);
        }

        assertEquals(1, cycles(team), "passing 09:00 again opens no second check-in");
        assertEquals(1, slackMessagesTo(team.memberUserId()), "and sends no second prompt");
        tickAt(SEND_TIME.plus(Duration.ofDays(7)));
        assertEquals(2, cycles(team), "next week's check-in comes as usual");
        assertEquals(2, slackMessagesTo(team.memberUserId()));
        System.out.printf("RELIABILITY clock-jump-backward: clock -1h from 09:10 to 08:10 local, passing the 09:00 "
                + "send time twice, ticks every 10 min: %d cycles over 2 weeks (expected 2), %d prompts to the "
                + "member (expected 2)%n", cycles(team), slackMessagesTo(team.memberUserId()));
    }

    private void tickAt(Instant instant) {
        clock.setInstant(instant);
        tick.runOnce();
    }

    private Team berlinTeam() {
        UUID member = fixtures.person(PlatformId.SLACK, "Europe/Berlin", "en");
        UUID team = fixtures.team(List.of(member), List.of());
        UUID schedule = fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);
        return new Team(schedule, fixtures.platformUserId(member));
    }

    private int cycles(Team team) {
        return fixtures.cycles(team.schedule()).size();
    }

    private record Team(UUID schedule, String memberUserId) {
    }
}
