package dev.coroscope.app.testing;

import dev.coroscope.app.run.ProgramRunner;
import dev.coroscope.app.run.RunJob;
import dev.coroscope.app.run.RunOutcome;
import dev.coroscope.app.run.RunService;

/**
 * A {@link RunService} for view-model tests: {@link #start} runs the program at once on the
 * calling thread and reports before returning, so tests need no toolkit and no waiting.
 */
public final class DirectRunService implements RunService {
    private final ProgramRunner runner;
    private boolean running;

    public DirectRunService(ProgramRunner runner) {
        this.runner = runner;
    }

    public DirectRunService() {
        this(new ScriptedRunner());
    }

    @Override
    public void start(String source, String filename, Listener listener) {
        running = true;
        RunJob job = new RunJob(source, filename, listener::progress);
        RunOutcome outcome = runner.run(job);
        running = false;
        listener.finished(outcome);
    }

    @Override
    public void stop() {
    }

    @Override
    public boolean running() {
        return running;
    }

    @Override
    public void shutdown() {
    }
}
