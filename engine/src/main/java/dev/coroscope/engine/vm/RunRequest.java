package dev.coroscope.engine.vm;

import java.util.function.Consumer;

/**
 * What to run: the program text, the file name it is reported under, the step budget (0 means
 * none), where output goes, and an optional tracer. {@code setup} (optional) runs on the engine
 * thread before the program starts, e.g. to install asyncio hooks.
 */
public record RunRequest(String source, String filename, long maxSteps, OutputSink sink, Tracer tracer,
                         Consumer<Interp> setup) {

    public static final long DEFAULT_MAX_STEPS = 1_000_000L;

    public RunRequest(String source, String filename, OutputSink sink) {
        this(source, filename, DEFAULT_MAX_STEPS, sink, null, null);
    }

    public RunRequest withMaxSteps(long n) {
        return new RunRequest(source, filename, n, sink, tracer, setup);
    }

    public RunRequest withTracer(Tracer t) {
        return new RunRequest(source, filename, maxSteps, sink, t, setup);
    }
}
