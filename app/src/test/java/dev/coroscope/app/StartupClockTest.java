package dev.coroscope.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The clock the start-up report measures from: this process's start, not a rounded boot time. */
class StartupClockTest {

    @Test
    void processStartIsNoLaterThanTheJvmsOwnStart() {
        long jvmUptimeBefore = ManagementFactory.getRuntimeMXBean().getUptime();
        OptionalLong since = CoroscopeApp.millisSinceProcessStart();
        long jvmUptimeAfter = ManagementFactory.getRuntimeMXBean().getUptime();
        assertTrue(since.isPresent(), "no process start time");
        // The launcher starts the process before the JVM records its own start; both clocks tick in
        // 10 ms steps, hence the 20 ms of slack.
        assertTrue(since.getAsLong() >= jvmUptimeBefore - 20,
                "process started " + since.getAsLong() + " ms ago, after the JVM (" + jvmUptimeBefore + " ms ago)");
        long mxStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long processStart = System.currentTimeMillis() - since.getAsLong();
        assertTrue(processStart <= mxStart + 20 + (jvmUptimeAfter - jvmUptimeBefore),
                "process start " + processStart + " later than the JVM's start " + mxStart);
    }

    @Test
    void elapsedTimeSinceStartGrowsWithTheWallClock() throws InterruptedException {
        long first = CoroscopeApp.millisSinceProcessStart().orElseThrow();
        Thread.sleep(50);
        long second = CoroscopeApp.millisSinceProcessStart().orElseThrow();
        // Ticks of 10 ms: at least 50 ms minus one tick of each clock.
        assertTrue(second - first >= 30, "elapsed " + first + " then " + second + " ms after a 50 ms sleep");
    }
}
