package io.pulsecheck.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/** Runs the digest and alert checks; each run only queues what is due and not yet queued. */
@ApplicationScoped
public class DigestJobs {

    @Inject
    DigestService digests;

    // Every 15 minutes so each leader's local 08:00 is met within a quarter of an hour in any time zone.
    @Scheduled(every = "15m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Disabled.class)
    void digests() {
        digests.sendDueDigests();
    }

    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Disabled.class)
    void alerts() {
        digests.sendAlerts();
    }

    /** Skips the jobs when {@code pulsecheck.digest.jobs-enabled} is false. */
    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {

        @Inject
        DigestConfig config;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.jobsEnabled();
        }
    }
}
