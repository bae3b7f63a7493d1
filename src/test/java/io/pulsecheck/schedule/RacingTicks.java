package io.pulsecheck.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Several replicas' check-in ticks released at the same moment, as on N instances sharing one database. */
final class RacingTicks {

    private RacingTicks() {
    }

    static void run(CheckInTick tick, Instant now, int replicas) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    tick.runCycles(now);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
    }
}
