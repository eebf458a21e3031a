package dev.coroscope.app.run;

import dev.coroscope.engine.trace.Recording;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One run of one program, shared by the thread that asked for it and the thread that runs it:
 * the program text and file name, the stop request, and the channel for partial recordings.
 *
 * <p>Thread-safe. A stop request is sticky: once requested it stays requested, and an action
 * registered afterwards with {@link #onStop} runs at once.
 */
public final class RunJob {
    private final String source;
    private final String filename;
    private final Consumer<Recording> progress;
    private volatile boolean stopRequested;
    private Runnable stopAction;

    public RunJob(String source, String filename, Consumer<Recording> progress) {
        this.source = Objects.requireNonNull(source);
        this.filename = Objects.requireNonNull(filename);
        this.progress = Objects.requireNonNull(progress);
    }

    public String source() {
        return source;
    }

    /** The file name the program is reported under (tracebacks, {@code __file__}). */
    public String filename() {
        return filename;
    }

    /** True once someone asked the run to stop. */
    public boolean stopRequested() {
        return stopRequested;
    }

    /** Asks the run to stop; the runner ends it soon and keeps what was recorded. */
    public void requestStop() {
        Runnable action;
        synchronized (this) {
            if (stopRequested) {
                return;
            }
            stopRequested = true;
            action = stopAction;
        }
        if (action != null) {
            action.run();
        }
    }

    /** The runner registers how to interrupt its engine; runs at once if a stop was already requested. */
    public void onStop(Runnable action) {
        boolean now;
        synchronized (this) {
            stopAction = action;
            now = stopRequested;
        }
        if (now) {
            action.run();
        }
    }

    /** Hands a partial recording of this run to whoever watches it (any thread). */
    public void publish(Recording partial) {
        progress.accept(partial);
    }
}
