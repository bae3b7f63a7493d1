package io.pulsecheck.responses;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.pulsecheck.teams.Team;

/**
 * Scrubs free text (comments and free-text answers) before it is stored, with the names that must not appear in
 * it. The one entry point sealing uses, so the rules live in {@link CommentScrubber} and the name list here.
 */
@ApplicationScoped
public class FreeTextScrubber {

    /** Scrubs a comment or free-text answer written in a cycle of the given team. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String scrub(String text, UUID teamId) {
        return CommentScrubber.scrub(text, names(teamId));
    }

    private static List<String> names(UUID teamId) {
        List<String> names = new ArrayList<>(Team.getEntityManager().createQuery(
                "select m.displayName from Team t join t.members m where t.id = ?1", String.class)
                .setParameter(1, teamId).getResultList());
        names.addAll(Team.getEntityManager().createQuery(
                "select l.displayName from Team t join t.leaders l where t.id = ?1", String.class)
                .setParameter(1, teamId).getResultList());
        return names;
    }
}
