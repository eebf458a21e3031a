package dev.coroscope.app.autosave;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one thread that touches the kept copies on disk, so their writes and deletions happen in the
 * order they were asked for and never slow the FX thread. An interface so tests can run the
 * scheduled work by hand.
 */
public interface IoThread {

    /** Runs {@code task} on the thread after {@code delayMillis}. */
    void schedule(Runnable task, long delayMillis);

    /** Runs {@code task} on the thread after everything already due, and waits for it (bounded). */
    void runAndWait(Runnable task);

    /** Stops the thread once the work already asked for is done. */
    void shutdown();

    /** A daemon thread: an autosave never keeps the JVM alive. */
    static IoThread daemon(String name) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        return new IoThread() {
            @Override
            public void schedule(Runnable task, long delayMillis) {
                if (!executor.isShutdown()) {
                    executor.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
                }
            }

            @Override
            public void runAndWait(Runnable task) {
                if (executor.isShutdown()) {
                    return;
                }
                try {
                    // Bounded: a disk that hangs must not hang the window; the copy is then late, not lost.
                    executor.submit(task).get(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException | TimeoutException e) {
                    // The task reports its own failures; a timeout leaves it running.
                }
            }

            @Override
            public void shutdown() {
                executor.shutdown();
            }
        };
    }
}
