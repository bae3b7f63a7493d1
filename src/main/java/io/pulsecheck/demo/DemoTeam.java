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

    /**
     * A member: reached through the generic webhook as {@code userId}, or on the web check-in, or by email only.
     *
     * @param platform the member's platform; null for a member reached by email only
     * @param email the member's address; the web and email-only members get their check-in link there
     */
    record Member(String displayName, String userId, String locale, PlatformId platform, String email) {

        /** A member on the generic webhook. */
        Member(String displayName, String userId, String locale) {
            this(displayName, userId, locale, PlatformId.WEBHOOK, null);
        }

        /** A member who answers in the browser, with the link mailed to them; {@code userId} is their id on the web. */
        static Member onTheWeb(String displayName, String userId, String email, String locale) {
            return new Member(displayName, userId, locale, PlatformId.WEB, email);
        }

        /** A member with no chat platform, reached by email. */
        static Member byEmail(String displayName, String email, String locale) {
            return new Member(displayName, null, locale, null, email);
        }

        /** A member on Google Chat as the Google user {@code user}, answered through the dev-mode stand-in. */
        static Member onGoogleChat(String displayName, String user, String locale) {
            return new Member(displayName, user, locale, PlatformId.GOOGLE_CHAT, null);
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
