package dev.coroscope.app.run;

/**
 * Runs one Python program and records it: the app's only way into the engine.
 *
 * <p>{@link #run} is called on a worker thread (never the FX thread) and returns when the run has
 * ended: finished, failed, stopped through {@link RunJob#requestStop()}, or out of budget. While it
 * runs it may hand partial recordings to {@link RunJob#publish} (from any thread) so a long run can
 * be watched and browsed before it ends. It never throws: an engine fault becomes an outcome whose
 * error says so in plain words.
 */
public interface ProgramRunner {

    /** Runs {@code job}'s program to its end and returns what was recorded. */
    RunOutcome run(RunJob job);
}
