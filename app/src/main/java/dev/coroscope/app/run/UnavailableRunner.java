package dev.coroscope.app.run;

import dev.coroscope.engine.trace.EndReason;
import dev.coroscope.engine.trace.Recorder;

/**
 * The runner of a build whose engine cannot run programs yet: every run ends at once with an
 * empty recording and a sentence saying so. Nothing is made up.
 */
public final class UnavailableRunner implements ProgramRunner {
    /** What the window shows instead of a run. */
    public static final String MESSAGE = "This build of Coroscope has no engine that can run programs yet.";

    @Override
    public RunOutcome run(RunJob job) {
        Recorder recorder = new Recorder();
        return new RunOutcome(RunOutcome.Status.UNAVAILABLE, recorder.finish(EndReason.FINISHED, MESSAGE), null, "");
    }
}
