package dev.coroscope.app.run;

import dev.coroscope.engine.trace.Recording;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one bridge between engine runs and the FX thread: it runs programs on a worker thread and
 * hands their reports to the FX thread in batches.
 *
 * <p>Batching: a run may publish partial recordings thousands of times a second; each publication
 * only replaces the newest pending one, and at most one hand-over per run waits in the FX queue,
 * so the FX thread sees at most one partial recording per pulse whatever the engine's pace, and a
 * runaway program never floods it.
 *
 * <p>Invariants: listener methods run on the FX thread only; a run that is no longer current
 * (stopped because a newer one started) reports nothing more; {@code finished} comes after every
 * {@code progress} of the same run.
 */
public final class FxRunAdapter implements RunService {
    private final ProgramRunner runner;
    private final Consumer<Runnable> fxThread;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "coroscope-run");
        t.setDaemon(true);
        return t;
    });
    /** The current run; touched on the FX thread only. */
    private Current current;
    private boolean shutDown;

    public FxRunAdapter(ProgramRunner runner) {
        this(runner, Platform::runLater);
    }

    /** For tests: {@code fxThread} stands in for {@code Platform.runLater}. */
    FxRunAdapter(ProgramRunner runner, Consumer<Runnable> fxThread) {
        this.runner = runner;
        this.fxThread = fxThread;
    }

    @Override
    public void start(String source, String filename, Listener listener) {
        stop();
        if (shutDown) {
            // The window is closing: an edit that settled just now has nowhere to show.
            return;
        }
        Current run = new Current(listener);
        RunJob job = new RunJob(source, filename, run::published);
        run.job = job;
        current = run;
        worker.execute(() -> {
            RunOutcome outcome = runner.run(job);
            fxThread.accept(() -> run.finished(outcome));
        });
    }

    @Override
    public void stop() {
        if (current != null) {
            current.job.requestStop();
        }
    }

    @Override
    public boolean running() {
        return current != null && !current.done;
    }

    @Override
    public void shutdown() {
        shutDown = true;
        stop();
        current = null;
        worker.shutdownNow();
    }

    /** One run's hand-over state. */
    private final class Current {
        final Listener listener;
        final AtomicReference<Recording> pending = new AtomicReference<>();
        RunJob job;
        boolean done;

        Current(Listener listener) {
            this.listener = listener;
        }

        /** Worker (or engine) thread: keep the newest; schedule a hand-over unless one is waiting. */
        void published(Recording partial) {
            if (pending.getAndSet(partial) == null) {
                fxThread.accept(this::deliver);
            }
        }

        void deliver() {
            Recording r = pending.getAndSet(null);
            if (r != null && current == this && !done) {
                listener.progress(r);
            }
        }

        void finished(RunOutcome outcome) {
            deliver();
            done = true;
            if (current == this) {
                listener.finished(outcome);
            }
        }
    }
}
