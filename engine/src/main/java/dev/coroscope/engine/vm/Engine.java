package dev.coroscope.engine.vm;

import dev.coroscope.engine.parser.ParserMemoryError;
import dev.coroscope.engine.parser.PySyntaxError;
import dev.coroscope.engine.runtime.*;

/**
 * The embedding API: runs one program on its own engine thread and reports how it ended. Safe to
 * call from any thread; runs share no mutable state (ids, Task numbers, addresses are per run).
 *
 * <pre>{@code
 * RunResult r = Engine.run(new RunRequest(source, "main.py", sink));
 * RunHandle h = Engine.start(request);  h.interrupt();  h.await();
 * }</pre>
 */
public final class Engine {
    private Engine() {}

    private static volatile boolean initialized;

    /** Initializes the shared built-in types once, in a fixed order (class-init cycles are harmless then). */
    public static void ensureInitialized() {
        if (initialized) return;
        synchronized (Engine.class) {
            if (initialized) return;
            PyType[] types = {PyType.OBJECT, PyType.TYPE, PyStr.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE,
                    PyNone.TYPE, PyTuple.TYPE, PyList.TYPE, PyDict.TYPE, PySet.TYPE, PySet.FROZEN_TYPE,
                    PyFunction.TYPE, PyCode.TYPE, PyCoroutine.TYPE, PyGenerator.TYPE, PyAsyncGenerator.TYPE,
                    Exc.BaseException, Exc.Exception, Frame.TYPE};
            for (PyType t : types) t.dict();
            for (PyType t : Exc.all()) t.dict();
            ModuleRegistry.get("sys");
            initialized = true;
        }
    }

    private static volatile boolean warmedUp;

    /**
     * Runs a small built-in program once per JVM so the JIT compiles the interpreter loop with a
     * profile that has seen its common paths: later programs then run without the repeated
     * deoptimize-and-recompile cycles a half-profiled loop suffers. Costs some tens of ms, once.
     */
    public static void warmUp() {
        if (warmedUp) return;
        synchronized (Engine.class) {
            if (warmedUp) return;
            warmedUp = true;
        }
        String src;
        try (var is = Engine.class.getResourceAsStream("/dev/coroscope/engine/vm/warmup.py")) {
            if (is == null) return;
            src = new String(is.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return;
        }
        OutputSink none = new OutputSink() {
            @Override
            public void stdout(String text) {
            }

            @Override
            public void stderr(String text) {
            }
        };
        // A short step window makes the budget check's slow path run at every site of the loop too.
        runHere(new RunRequest(src, "<warmup>", 0, none, null, in -> in.setStepWindow(5)), null);
    }

    /** A run in progress on its engine thread. */
    public static final class RunHandle {
        private final EngineThread thread;
        private volatile Interp interp;
        private volatile RunResult result;
        private final Object lock = new Object();

        private RunHandle(RunRequest req) {
            this.thread = new EngineThread(() -> {
                RunResult r = runHere(req, this);
                synchronized (lock) {
                    result = r;
                    lock.notifyAll();
                }
            }, "coroscope-engine");
        }

        /** Asks the run to stop; it ends within a few milliseconds with outcome INTERRUPTED. */
        public void interrupt() {
            Interp in = interp;
            if (in != null) in.interrupt();
        }

        /** Waits for the run to end. */
        public RunResult await() throws InterruptedException {
            synchronized (lock) {
                while (result == null) lock.wait();
                return result;
            }
        }
    }

    /** Runs a program and waits for it to finish. */
    public static RunResult run(RunRequest req) {
        RunHandle h = start(req);
        try {
            return h.await();
        } catch (InterruptedException e) {
            h.interrupt();
            Thread.currentThread().interrupt();
            return new RunResult(1, RunResult.Outcome.INTERRUPTED, 0);
        }
    }

    /** Starts a program on a new engine thread. */
    public static RunHandle start(RunRequest req) {
        RunHandle h = new RunHandle(req);
        h.thread.start();
        return h;
    }

    /** Runs on the calling thread, which must be an {@link EngineThread} (or accept a thread-local binding). */
    public static RunResult runHere(RunRequest req) {
        return runHere(req, null);
    }

    private static RunResult runHere(RunRequest req, RunHandle handle) {
        ensureInitialized();
        Runtime rt = new Runtime(req.sink(), req.maxSteps());
        Interp in = rt.interp;
        if (handle != null) handle.interp = in;
        in.bindToThread();
        try {
            in.setTracer(req.tracer());
            rt.mainFile = req.filename();
            rt.addSource(req.filename(), req.source());
            PyCode code;
            try {
                code = Sources.compile(req.source(), req.filename(), false);
            } catch (PySyntaxError e) {
                rt.writeStderr(e.info().render());
                return new RunResult(1, RunResult.Outcome.SYNTAX_ERROR, 0);
            } catch (ParserMemoryError e) {
                rt.writeStderr("MemoryError\n");
                return new RunResult(1, RunResult.Outcome.SYNTAX_ERROR, 0);
            }
            if (req.setup() != null) req.setup().accept(in);
            PyModule main = new PyModule("__main__");
            main.put("__file__", PyStr.of(req.filename()));
            main.put("__builtins__", rt.builtinsModule);
            main.put("__cached__", PyNone.INSTANCE);
            rt.modules.dict().put("__main__", main);
            Frame f = in.newModuleFrame(code, main.getDict());
            int status = 0;
            RunResult.Outcome outcome = RunResult.Outcome.COMPLETED;
            try {
                try {
                    in.execute(f, null);
                } catch (PyError e) {
                    status = uncaught(rt, e.exc);
                    outcome = status == 0 ? RunResult.Outcome.COMPLETED : RunResult.Outcome.UNCAUGHT_EXCEPTION;
                }
                rt.runAtExit();
                rt.lifetime.shutdown();
            } catch (RunStopped stop) {
                return stopped(rt, in, stop);
            } catch (PyError late) {
                status = uncaught(rt, late.exc);
                outcome = RunResult.Outcome.UNCAUGHT_EXCEPTION;
            }
            return new RunResult(status, outcome, in.steps());
        } catch (RunStopped stop) {
            return stopped(rt, in, stop);
        } catch (StackOverflowError e) {
            rt.writeStderr("RecursionError: maximum recursion depth exceeded (the engine ran out of stack)\n");
            return new RunResult(1, RunResult.Outcome.UNCAUGHT_EXCEPTION, in.steps());
        } catch (RuntimeException | OutOfMemoryError e) {
            String what = e instanceof OutOfMemoryError ? "MemoryError" : e.getClass().getSimpleName();
            rt.writeStderr("SystemError: internal error in Coroscope (" + what
                    + "); this is a bug in Coroscope, not in your program\n");
            return new RunResult(1, RunResult.Outcome.INTERNAL_ERROR, in.steps());
        } finally {
            in.unbindFromThread();
        }
    }

    private static RunResult stopped(Runtime rt, Interp in, RunStopped stop) {
        if (stop.reason == RunStopped.Reason.STEP_LIMIT) {
            rt.writeStderr(String.format(java.util.Locale.ROOT,
                    "StepLimitError: the program was stopped after %,d steps (see --max-steps)%n", stop.steps));
            return new RunResult(1, RunResult.Outcome.STEP_LIMIT, stop.steps);
        }
        if (stop.reason == RunStopped.Reason.DEADLOCK) {
            rt.writeStderr("DeadlockError: the event loop has nothing ready to run and no timer set, so the program "
                    + "would wait forever (every task is waiting on something no one will complete); it was stopped\n");
            return new RunResult(1, RunResult.Outcome.DEADLOCK, in.steps());
        }
        rt.writeStderr("KeyboardInterrupt: the program was stopped\n");
        return new RunResult(1, RunResult.Outcome.INTERRUPTED, in.steps());
    }

    /** Prints an uncaught exception; returns the exit status (SystemExit decides its own). */
    static int uncaught(Runtime rt, PyBaseException exc) {
        if (exc.isInstance(Exc.SystemExit)) {
            PyObject code = exc.args.size() == 0 ? PyNone.INSTANCE : exc.args.size() == 1 ? exc.args.get(0) : exc.args;
            if (code == PyNone.INSTANCE) return 0;
            if (code instanceof PyInt i) return (int) (i.longValueOr(1) & 0xff);
            rt.writeStderr(Ops.str(code) + "\n");
            return 1;
        }
        rt.writeStderr(TracebackPrinter.format(rt, exc));
        return 1;
    }
}
