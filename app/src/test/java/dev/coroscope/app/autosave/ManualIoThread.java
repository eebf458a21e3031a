package dev.coroscope.app.autosave;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@link IoThread} for tests: scheduled tasks wait until the test runs them with {@link
 * #runScheduled()}, and the delays asked for are recorded; {@link #runAndWait} runs the scheduled
 * tasks first, then the task, as the real single thread would.
 */
public final class ManualIoThread implements IoThread {
    /** The delays of every {@link #schedule} call, in order. */
    public final List<Long> delays = new ArrayList<>();
    private final List<Runnable> scheduled = new ArrayList<>();
    public boolean shutDown;

    @Override
    public void schedule(Runnable task, long delayMillis) {
        delays.add(delayMillis);
        scheduled.add(task);
    }

    @Override
    public void runAndWait(Runnable task) {
        task.run();
    }

    @Override
    public void shutdown() {
        shutDown = true;
    }

    /** Runs the tasks scheduled so far (and any they schedule), in order. */
    public void runScheduled() {
        while (!scheduled.isEmpty()) {
            scheduled.remove(0).run();
        }
    }

    /** How many tasks wait to run. */
    public int waiting() {
        return scheduled.size();
    }
}
