package io.pulsecheck.responses;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.pulsecheck.teams.Person;

/**
 * Scrubs free text (comments and free-text answers) before it is stored, with the names that must not appear in
 * it. The one entry point sealing uses, so the rules live in {@link CommentScrubber} and the name list here.
 */
@ApplicationScoped
public class FreeTextScrubber {

    /**
     * Scrubs a comment or free-text answer written in a cycle of the given team. Names of everyone on the roster
     * count, not only the team's: people write about colleagues in other teams, and a leader is on the roster too.
     * One query per call; looking words up is independent of the roster's size ({@link NameIndex}).
     *
     * @param teamId the team whose cycle the text was written in (kept for callers; every roster name is matched)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String scrub(String text, UUID teamId) {
        return CommentScrubber.scrub(text, new NameIndex(rosterNames()));
    }

    private static List<String> rosterNames() {
        return Person.getEntityManager()
                .createQuery("select p.displayName from Person p where p.displayName is not null", String.class)
                .getResultList();
    }
}
