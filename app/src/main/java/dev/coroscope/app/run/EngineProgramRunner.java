package dev.coroscope.app.run;

import dev.coroscope.engine.trace.EndReason;
import dev.coroscope.engine.trace.Recorder;
import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.StdStream;
import dev.coroscope.engine.trace.run.TracedRun;
import dev.coroscope.engine.trace.run.VmTracer;
import dev.coroscope.engine.vm.Engine;
import dev.coroscope.engine.vm.OutputSink;
import dev.coroscope.engine.vm.RunRequest;
import dev.coroscope.engine.vm.RunResult;

/**
 * Runs programs in the engine ({@link Engine#start}) and records them with the engine's
 * {@link VmTracer}: lines, frames, stores, coroutines (and tasks, once asyncio reports them) and
 * the program's output, into one {@link Recorder}. The tracer publishes partial recordings from
 * the engine thread every {@link #PUBLISH_MILLIS} while the program runs; the final recording gets
 * its end marker from {@link TracedRun#finish} (finished, step budget, stopped, recording full).
 * The stderr text is kept as well, to find the program's error in CPython's words.
 *
 * <p>Stopping: a stop request interrupts the engine, repeatedly until it has ended (a request that
 * comes before the engine has set up its interpreter would otherwise be lost).
 */
public final class EngineProgramRunner implements ProgramRunner {
    /** How often a running program's partial recording is handed over. */
    static final long PUBLISH_MILLIS = 40;

    private final long maxSteps;

    /** A runner with the engine's default step budget. */
    public EngineProgramRunner() {
        this(RunRequest.DEFAULT_MAX_STEPS);
    }

    /** A runner with a step budget of {@code maxSteps} (0: none; then only Stop ends an endless loop). */
    public EngineProgramRunner(long maxSteps) {
        this.maxSteps = maxSteps;
    }

    @Override
    public RunOutcome run(RunJob job) {
        Recorder recorder = new Recorder();
        StringBuilder stderr = new StringBuilder();
        // The tracer records the output; the sink only keeps stderr for the error report.
        OutputSink sink = new OutputSink() {
            @Override
            public void stdout(String text) {
            }

            @Override
            public void stderr(String text) {
                synchronized (stderr) {
                    stderr.append(text);
                }
            }
        };
        RunResult result;
        try {
            VmTracer tracer = new VmTracer(recorder).publishEvery(PUBLISH_MILLIS, job::publish);
            Engine.RunHandle handle = Engine.start(new RunRequest(job.source(), job.filename(), maxSteps, sink, tracer,
                    null));
            boolean[] ended = {false};
            job.onStop(() -> interruptUntilEnded(handle, ended));
            result = handle.await();
            synchronized (ended) {
                ended[0] = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return outcome(RunOutcome.Status.STOPPED, recorder.finish(EndReason.INTERRUPTED, null), null, stderr);
        } catch (RuntimeException | LinkageError e) {
            // Never a Java trace for the learner: the fault is Coroscope's, in the engine's words.
            String message = Engine.internalMessage(0);
            String text = "InternalError: " + message + "\n";
            recorder.output(StdStream.STDERR, text);
            synchronized (stderr) {
                stderr.append(text);
            }
            return new RunOutcome(RunOutcome.Status.INTERNAL_ERROR, recorder.finish(EndReason.FINISHED, null),
                    new ProgramError(-1, "InternalError", message, text), text);
        }
        Recording recording = TracedRun.finish(recorder, result);
        return switch (result.outcome()) {
            case COMPLETED -> outcome(RunOutcome.Status.FINISHED, recording, null, stderr);
            case UNCAUGHT_EXCEPTION -> outcome(RunOutcome.Status.FAILED, recording, job, stderr);
            case SYNTAX_ERROR -> outcome(RunOutcome.Status.SYNTAX_ERROR, recording, job, stderr);
            case STEP_LIMIT -> outcome(RunOutcome.Status.STEP_LIMIT, recording, null, stderr);
            case INTERRUPTED -> outcome(RunOutcome.Status.STOPPED, recording, null, stderr);
            // Not "finished": the end marker says which signal ended it and the exit status.
            case KILLED -> outcome(RunOutcome.Status.KILLED, recording, null, stderr);
            // Every task waits and no timer is set: stderr says so (DeadlockError).
            case DEADLOCK -> outcome(RunOutcome.Status.FAILED, recording, null, stderr);
            case INTERNAL_ERROR -> internalError(recording, result, job, stderr);
        };
    }

    /** The engine's own report of its fault (the error as data, placed at the line that was running). */
    private static RunOutcome internalError(Recording recording, RunResult result, RunJob job, StringBuilder stderr) {
        String text;
        synchronized (stderr) {
            text = stderr.toString();
        }
        RunResult.ProgramError e = result.error();
        ProgramError error = null;
        if (e != null) {
            boolean ours = e.filename() == null || e.filename().equals(job.filename());
            error = new ProgramError(ours && e.line() > 0 ? e.line() : -1, e.type(), e.message(), text);
        }
        return new RunOutcome(RunOutcome.Status.INTERNAL_ERROR, recording, error, text);
    }

    private static RunOutcome outcome(RunOutcome.Status status, Recording recording, RunJob errorOf,
                                      StringBuilder stderr) {
        String text;
        synchronized (stderr) {
            text = stderr.toString();
        }
        ProgramError error = errorOf == null ? null : ErrorLocator.locate(text, errorOf.filename());
        return new RunOutcome(status, recording, error, text);
    }

    /** Interrupts the run every 10 ms until it has ended (for at most five seconds). */
    private static void interruptUntilEnded(Engine.RunHandle handle, boolean[] ended) {
        Thread t = new Thread(() -> {
            for (int i = 0; i < 500; i++) {
                synchronized (ended) {
                    if (ended[0]) {
                        return;
                    }
                }
                handle.interrupt();
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "coroscope-stop");
        t.setDaemon(true);
        t.start();
    }
}
