package io.pulsecheck.platform.mattermost;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

/** Removes single-use records of Mattermost buttons whose cycle has closed. */
@ApplicationScoped
public class MattermostActionUseJanitor {

    @Inject
    MattermostActionTokens tokens;

    @Inject
    Clock clock;

    @Scheduled(identity = "pulsecheck-mattermost-action-use-purge", every = "1h", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** Deletes what has expired by now; returns how many records went. */
    public int purge() {
        return tokens.purgeExpired(clock.instant());
    }
}
