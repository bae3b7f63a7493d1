package io.pulsecheck.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.pulsecheck.teams.PersonErased;

/** Deletes an erased leader's digest subscription, in the erasing transaction. */
@ApplicationScoped
public class DigestSubscriptionCleanup {

    void onPersonErased(@Observes PersonErased erased) {
        DigestSubscription.deleteById(erased.personId());
    }
}
