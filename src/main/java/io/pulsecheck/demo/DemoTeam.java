package io.pulsecheck.demo;

import java.util.List;

import io.pulsecheck.platform.PlatformId;

/**
 * One demo team: its leader, members and the story its past check-ins tell, oldest cycle first.
 *
 * @param name team name
 * @param timeZone the schedule's and the members' time zone
 * @param leader the leader, who reads the team's insights with a leader token for their email
 * @param members chat identities on the generic webhook
 * @param pastCycles closed weekly cycles, oldest first
 * @param openCycleComments comments of the members who already answered the open cycle, one submission each
 */
record DemoTeam(String name, String timeZone, Leader leader, List<Member> members, List<PastCycle> pastCycles,
        List<String> openCycleComments) {

    /** A leader: a display name and the email a leader token names. */
    record Leader(String displayName, String email) {
    }

    /** A member reached on {@code platform} as {@code userId}; the generic webhook unless named otherwise. */
    record Member(String displayName, String userId, String locale, PlatformId platform) {

        Member(String displayName, String userId, String locale) {
            this(displayName, userId, locale, PlatformId.WEBHOOK);
        }
    }

    /**
     * What one closed cycle looked like.
     *
     * @param respondents how many answered
     * @param mood how well people felt, 0..1
     * @param stress how stressed they were, 0..1
     * @param transparency how well they knew what is going on, 0..1
     * @param comments the comments written
     */
    record PastCycle(int respondents, double mood, double stress, double transparency, List<String> comments) {
    }
}
