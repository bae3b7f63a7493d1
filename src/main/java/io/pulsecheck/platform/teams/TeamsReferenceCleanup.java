package io.pulsecheck.platform.teams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.pulsecheck.teams.PersonErased;

/** Erasing a person forgets where Teams reaches them, in the erasing transaction. */
@ApplicationScoped
public class TeamsReferenceCleanup {

    void onPersonErased(@Observes PersonErased erased) {
        TeamsConversationReference.forgetPerson(erased.personId());
    }
}
