package io.pulsecheck.reliability;

import java.time.Duration;

/** Polls a condition of the system under test until it holds, failing the test after a bound. */
final class Await {

    private Await() {
    }

    interface Condition {
        boolean met() throws Exception;
    }

    static void until(Condition condition, Duration limit, String what) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.met()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
