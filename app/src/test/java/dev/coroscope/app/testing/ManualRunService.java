package dev.coroscope.app.testing;

import dev.coroscope.app.run.RunOutcome;
import dev.coroscope.app.run.RunService;
import dev.coroscope.engine.trace.Recording;

/** A {@link RunService} whose runs report only when the test says so: for live runs and stopping. */
public final class ManualRunService implements RunService {
    public Listener listener;
    public String source;
    public int stops;
    private boolean running;

    @Override
    public void start(String src, String filename, Listener l) {
        source = src;
        listener = l;
        running = true;
    }

    @Override
    public void stop() {
        stops++;
    }

    @Override
    public boolean running() {
        return running;
    }

    @Override
    public void shutdown() {
    }

    public void progress(Recording partial) {
        listener.progress(partial);
    }

    public void finish(RunOutcome outcome) {
        running = false;
        listener.finished(outcome);
    }
}
