package io.pulsecheck.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.pulsecheck.teams.PersonErased;

/**
 * Deletes an erased person's invitations, in the erasing transaction: a pending invitation would otherwise still
 * prompt them. The cycles' invited counts stay as they were when the cycles opened.
 */
@ApplicationScoped
public class InvitationCleanup {

    @Inject
    EntityManager em;

    void onPersonErased(@Observes PersonErased erased) {
        em.createNativeQuery("delete from cycle_invitation where person_id = :person")
                .setParameter("person", erased.personId()).executeUpdate();
    }
}
