package dev.coroscope.engine.trace.run;

import dev.coroscope.engine.trace.EndReason;
import dev.coroscope.engine.trace.Recorder;
import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.vm.Engine;
import dev.coroscope.engine.vm.RunRequest;
import dev.coroscope.engine.vm.RunResult;

/**
 * Runs a program with recording, as the app does: the engine runs on its own thread with a
 * {@link VmTracer} feeding a {@link Recorder}; when the run ends the recording gets its final
 * {@code end} marker (finished, step budget, interrupted, or recording full).
 */
public final class TracedRun {
    private TracedRun() {
    }

    /** How the run ended, its recording, and the wall time of running and recording it. */
    public record Result(RunResult run, Recording recording, long recordNanos) {
    }

    /** Runs {@code request} (its tracer is replaced) and records it. */
    public static Result run(RunRequest request) {
        return run(request, new Recorder());
    }

    public static Result run(RunRequest request, Recorder rec) {
        long t0 = System.nanoTime();
        RunResult r = Engine.run(request.withTracer(new VmTracer(rec)));
        Recording recording = finish(rec, r);
        return new Result(r, recording, System.nanoTime() - t0);
    }

    /** Ends {@code rec} with the marker matching how the run ended. */
    public static Recording finish(Recorder rec, RunResult r) {
        EndReason reason = switch (r.outcome()) {
            case STEP_LIMIT -> EndReason.STEP_LIMIT;
            case INTERRUPTED -> rec.full() ? EndReason.EVENT_LIMIT : EndReason.INTERRUPTED;
            case KILLED -> EndReason.KILLED;
            default -> EndReason.FINISHED;
        };
        // Quote the VM's own step count, as its StepLimitError message on stderr does.
        String message = reason == EndReason.FINISHED ? null
                : reason == EndReason.KILLED ? Recorder.killedMessage(r.signalName(), r.exitStatus())
                : Recorder.defaultEndMessage(reason, (int) Math.min(Integer.MAX_VALUE, r.steps()));
        return rec.finish(reason, message);
    }
}
