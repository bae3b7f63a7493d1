package io.pulsecheck.responses;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

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
     * The roster's names as last read, with the fingerprint they were read at. Every call checks the fingerprint
     * against the database first, so the index is never older than the roster, on any replica.
     */
    private final AtomicReference<RosterNames> cached = new AtomicReference<>();

    private record RosterNames(long count, String fingerprint, NameIndex index) {
    }

    /**
     * Scrubs a comment or free-text answer written in a cycle of the given team. Names of everyone on the roster
     * count, not only the team's: people write about colleagues in other teams, and a leader is on the roster too.
     *
     * @param teamId the team whose cycle the text was written in (kept for callers; every roster name is matched)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String scrub(String text, UUID teamId) {
        return CommentScrubber.scrub(text, names());
    }

    /**
     * One aggregate query per call: the number of names and a 64-bit hash sum over them change with any added,
     * renamed or erased person. Only when they changed are the names read again (one query) and indexed.
     */
    private NameIndex names() {
        Object[] state = (Object[]) Person.getEntityManager().createNativeQuery("""
                select count(*), coalesce(sum(hashtextextended(display_name, 0)), 0)::text
                from person where display_name is not null
                """).getSingleResult();
        long count = ((Number) state[0]).longValue();
        String fingerprint = (String) state[1];
        RosterNames current = cached.get();
        if (current != null && current.count() == count && current.fingerprint().equals(fingerprint)) {
            return current.index();
        }
        NameIndex index = new NameIndex(rosterNames());
        cached.set(new RosterNames(count, fingerprint, index));
        return index;
    }

    private static List<String> rosterNames() {
        return Person.getEntityManager()
                .createQuery("select p.displayName from Person p where p.displayName is not null", String.class)
                .getResultList();
    }
}
