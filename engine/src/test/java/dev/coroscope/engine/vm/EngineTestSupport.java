package dev.coroscope.engine.vm;

/** Runs source text through the engine in-process and keeps what it printed. */
final class EngineTestSupport {
    private EngineTestSupport() {}

    static final class Captured {
        final StringBuilder out = new StringBuilder();
        final StringBuilder err = new StringBuilder();
        RunResult result;

        OutputSink sink() {
            return new OutputSink() {
                @Override
                public void stdout(String text) {
                    out.append(text);
                }

                @Override
                public void stderr(String text) {
                    err.append(text);
                }
            };
        }
    }

    static Captured run(String source, long maxSteps) {
        return run(source, maxSteps, null);
    }

    static Captured run(String source, long maxSteps, Tracer tracer) {
        Captured c = new Captured();
        c.result = Engine.run(new RunRequest(source, "prog.py", maxSteps, c.sink(), tracer, null));
        return c;
    }
}
