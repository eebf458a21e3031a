package dev.coroscope.app.run;

import dev.coroscope.engine.trace.EndReason;
import dev.coroscope.engine.trace.Recorder;
import dev.coroscope.engine.trace.StdStream;
import dev.coroscope.engine.vm.Engine;
import dev.coroscope.engine.vm.OutputSink;
import dev.coroscope.engine.vm.RunRequest;
import dev.coroscope.engine.vm.RunResult;
import dev.coroscope.engine.vm.Tracer;
import java.util.function.Function;

/**
 * Runs programs in the engine ({@link Engine#start}) and records them.
 *
 * <p>What is recorded: the program's output (stdout and stderr, in order, through the run's
 * {@link OutputSink}), plus whatever the tracer made by {@code tracers} records: it receives the
 * run's {@link Recorder} and returns the VM {@link Tracer} that reports lines, frames, coroutines
 * and tasks into it (null: output only). The recorder is written on the engine thread only; this
 * runner reads it after the run has ended. Partial recordings are published from the engine
 * thread at most every {@link #PUBLISH_NANOS}, when output arrives (the tracer may publish more
 * often through {@link RunJob#publish}).
 *
 * <p>Stopping: a stop request interrupts the engine, repeatedly until it has ended (a request that
 * comes before the engine has set up its interpreter would otherwise be lost).
 */
public final class EngineProgramRunner implements ProgramRunner {
    /** Least time between two partial recordings published on output. */
    static final long PUBLISH_NANOS = 40_000_000L;

    private final Function<RecorderContext, Tracer> tracers;
    private final long maxSteps;

    /** What a tracer gets: the recorder to write into and the job to publish partial recordings to. */
    public record RecorderContext(Recorder recorder, RunJob job) {
    }

    /** A runner that records output only. */
    public EngineProgramRunner() {
        this(c -> null, RunRequest.DEFAULT_MAX_STEPS);
    }

    public EngineProgramRunner(Function<RecorderContext, Tracer> tracers, long maxSteps) {
        this.tracers = tracers;
        this.maxSteps = maxSteps;
    }

    @Override
    public RunOutcome run(RunJob job) {
        Recorder recorder = new Recorder();
        StringBuilder stderr = new StringBuilder();
        long[] lastPublish = {System.nanoTime()};
        OutputSink sink = new OutputSink() {
            @Override
            public void stdout(String text) {
                written(StdStream.STDOUT, text);
            }

            @Override
            public void stderr(String text) {
                synchronized (stderr) {
                    stderr.append(text);
                }
                written(StdStream.STDERR, text);
            }

            private void written(StdStream stream, String text) {
                recorder.output(stream, text);
                long now = System.nanoTime();
                if (now - lastPublish[0] > PUBLISH_NANOS) {
                    lastPublish[0] = now;
                    job.publish(recorder.snapshot());
                }
            }
        };
        RunResult result;
        try {
            Tracer tracer = tracers.apply(new RecorderContext(recorder, job));
            RunRequest request = new RunRequest(job.source(), job.filename(), maxSteps, sink, tracer, null);
            Engine.RunHandle handle = Engine.start(request);
            boolean[] ended = {false};
            job.onStop(() -> interruptUntilEnded(handle, ended));
            result = handle.await();
            synchronized (ended) {
                ended[0] = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ended(recorder, RunOutcome.Status.STOPPED, EndReason.INTERRUPTED, null, stderr);
        } catch (RuntimeException | LinkageError e) {
            // Never a Java trace for the learner: the fault is Coroscope's and is said so.
            String text = "SystemError: internal error in Coroscope (" + e.getClass().getSimpleName()
                    + "); this is a bug in Coroscope, not in your program\n";
            recorder.output(StdStream.STDERR, text);
            stderr.append(text);
            return ended(recorder, RunOutcome.Status.INTERNAL_ERROR, EndReason.FINISHED, null, stderr);
        }
        return switch (result.outcome()) {
            case COMPLETED -> ended(recorder, RunOutcome.Status.FINISHED, EndReason.FINISHED, null, stderr);
            case UNCAUGHT_EXCEPTION -> ended(recorder, RunOutcome.Status.FAILED, EndReason.FINISHED, job, stderr);
            case SYNTAX_ERROR -> ended(recorder, RunOutcome.Status.SYNTAX_ERROR, EndReason.FINISHED, job, stderr);
            case STEP_LIMIT -> ended(recorder, RunOutcome.Status.STEP_LIMIT, EndReason.STEP_LIMIT, null, stderr);
            case INTERRUPTED -> ended(recorder, RunOutcome.Status.STOPPED, EndReason.INTERRUPTED, null, stderr);
            // Every task waits and no timer is set: stderr says so (DeadlockError).
            case DEADLOCK -> ended(recorder, RunOutcome.Status.FAILED, EndReason.FINISHED, null, stderr);
            case INTERNAL_ERROR -> ended(recorder, RunOutcome.Status.INTERNAL_ERROR, EndReason.FINISHED, null, stderr);
        };
    }

    private static RunOutcome ended(Recorder recorder, RunOutcome.Status status, EndReason reason, RunJob errorOf,
                                    StringBuilder stderr) {
        String text;
        synchronized (stderr) {
            text = stderr.toString();
        }
        ProgramError error = errorOf == null ? null : ErrorLocator.locate(text, errorOf.filename());
        String message = switch (status) {
            case SYNTAX_ERROR -> "The program did not start: it has a syntax error.";
            case FAILED -> "The program ended with an exception nobody caught.";
            case INTERNAL_ERROR -> "Coroscope failed to run the program; this is a bug in Coroscope.";
            default -> null;
        };
        return new RunOutcome(status, recorder.finish(reason, message), error, text);
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
