package dev.coroscope.engine.vm;

import dev.coroscope.engine.compiler.LibraryCache;
import dev.coroscope.engine.parser.ParserMemoryError;
import dev.coroscope.engine.parser.PySyntaxError;
import dev.coroscope.engine.parser.SourceDecoder;
import dev.coroscope.engine.parser.SyntaxErrorInfo;
import dev.coroscope.engine.parser.SyntaxWarningInfo;
import dev.coroscope.engine.runtime.*;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

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

    /** Initializes the classes of the shared built-in types once, in a fixed order (class-init cycles are harmless then). */
    public static void ensureInitialized() {
        if (initialized) return;
        synchronized (Engine.class) {
            if (initialized) return;
            PyType[] types = {PyType.OBJECT, PyType.TYPE, PyStr.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE,
                    PyNone.TYPE, PyTuple.TYPE, PyList.TYPE, PyDict.TYPE, PySet.TYPE, PySet.FROZEN_TYPE,
                    PyFunction.TYPE, PyCode.TYPE, PyCoroutine.TYPE, PyGenerator.TYPE, PyAsyncGenerator.TYPE,
                    Exc.BaseException, Exc.Exception, Frame.TYPE};
            // Only the Java classes are initialized here, in this order; each type's dictionary is
            // filled on first use (see PyType). Filling them all cost ~0.13 s of CPU at every start
            // (hundreds of lambda classes), most of it for types a program never touches.
            for (PyType t : types) java.util.Objects.requireNonNull(t);
            java.util.Objects.requireNonNull(Exc.all());
            ModuleRegistry.get("sys");
            initialized = true;
        }
    }

    private static volatile boolean warmedUp;

    /**
     * Runs a small built-in program once per JVM so the JIT compiles the interpreter loop with a
     * profile that has seen both sides of its branches: later programs then run without most of
     * the deoptimize-and-recompile cycles a half-profiled loop suffers. It only works in a JVM
     * whose interpreter profiles the loop early (the command line's relaunched JVM, see
     * {@code cli.Relaunch}, which runs it): elsewhere the program runs before the loop has a
     * profile, and costs without helping. About 0.1 s of CPU, once (hello.py 0.23 -> 0.33 s, load
     * 10-14); 12 bench programs: the loop's optimized compilations 62 -> 23.
     */
    public static void warmUp() {
        if (warmedUp) return;
        synchronized (Engine.class) {
            if (warmedUp) return;
            warmedUp = true;
        }
        // Its code compiled at build time when the jar has it (LibraryCache), which saves lexing,
        // parsing and compiling its 270 lines at every start (about 25 ms of a fresh JVM).
        byte[] bytes;
        try {
            bytes = LibraryCache.resource(LibraryCache.WARMUP);
        } catch (java.io.IOException | RuntimeException e) {
            return;
        }
        if (bytes == null) return;
        String src = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        PyCode compiled = LibraryCache.cachedWarmUp(bytes);
        OutputSink none = new OutputSink() {
            @Override
            public void stdout(String text) {
            }

            @Override
            public void stderr(String text) {
            }
        };
        // A short step window makes the budget check's slow path run at every site of the loop too.
        runHere(new RunRequest(src, LibraryCache.WARMUP_FILENAME, 0, none, null,
                in -> in.setStepWindow(5)), null, null, compiled);
    }

    /** A run in progress on its engine thread. */
    public static final class RunHandle {
        private final EngineThread thread;
        private volatile Interp interp;
        private volatile RunResult result;
        private final Object lock = new Object();

        private RunHandle(RunRequest req, byte[] file) {
            this.thread = new EngineThread(new Runnable() { public void run() {
                RunResult r;
                try {
                    r = runHere(req, file, RunHandle.this);
                } catch (Throwable t) {
                    // runHere reports its own faults; this is the last line of defence, so that
                    // await() always returns.
                    earlyFault = t;
                    r = new RunResult(1, RunResult.Outcome.INTERNAL_ERROR, 0,
                            new RunResult.ProgramError("InternalError", internalMessage(0), req.filename(), 0, 0));
                }
                synchronized (lock) {
                    result = r;
                    lock.notifyAll();
                }
            }}, "coroscope-engine");
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

        /**
         * The Java exception that broke the engine in this run, if it ended with INTERNAL_ERROR
         * (for developers: the CLI prints it with {@code -Dcoroscope.debug=true}); else null.
         */
        public Throwable fault() {
            Interp in = interp;
            return in == null || in.rt.fault == null ? earlyFault : in.rt.fault;
        }

        /** A fault before the run's runtime existed. */
        private volatile Throwable earlyFault;

        /** Waits at most {@code millis} ms for the run to end; null if it is still running. */
        public RunResult await(long millis) throws InterruptedException {
            long deadline = System.nanoTime() + millis * 1_000_000L;
            synchronized (lock) {
                for (;;) {
                    if (result != null) return result;
                    long left = (deadline - System.nanoTime()) / 1_000_000L;
                    if (left <= 0) return null;
                    lock.wait(left);
                }
            }
        }
    }

    /** Runs a program and waits for it to finish. */
    public static RunResult run(RunRequest req) {
        return finish(start(req));
    }

    /**
     * Runs a program file given as bytes, read as CPython reads a script: a UTF-8 BOM or a coding
     * line is honoured; undecodable bytes or NUL bytes end the run with CPython's SyntaxError.
     * {@code req.source()} is ignored (may be null).
     */
    public static RunResult runFile(byte[] file, RunRequest req) {
        return finish(startFile(file, req));
    }

    private static RunResult finish(RunHandle h) {
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
        RunHandle h = new RunHandle(req, null);
        h.thread.start();
        return h;
    }

    /** Starts a program file given as bytes (see {@link #runFile}) on a new engine thread. */
    public static RunHandle startFile(byte[] file, RunRequest req) {
        RunHandle h = new RunHandle(req, file.clone());
        h.thread.start();
        return h;
    }

    /** Runs on the calling thread, which must be an {@link EngineThread} (or accept a thread-local binding). */
    public static RunResult runHere(RunRequest req) {
        return runHere(req, null, null);
    }

    /**
     * The one place a run happens. Every way a run can end comes back as a RunResult: Python
     * exceptions, stops (budget, interrupt, deadlock), memory and stack exhaustion, and faults of
     * the engine itself, which are reported as Coroscope's (never as a Java exception).
     */
    private static RunResult runHere(RunRequest req, byte[] file, RunHandle handle) {
        return runHere(req, file, handle, null);
    }

    /** {@link #runHere(RunRequest, byte[], RunHandle)} with the program's code already compiled, if not null. */
    private static RunResult runHere(RunRequest req, byte[] file, RunHandle handle, PyCode compiled) {
        Runtime rt = null;
        Interp in = null;
        try {
            Tracer tracer = req.tracer();
            dev.coroscope.engine.runtime.num.MemoryCap.runStarting(tracer == null ? new LongSupplier() { public long getAsLong() {
                return 0;
            }} : new LongSupplier() { public long getAsLong() {
                return tracer.retainedBytes();
            }});
            ensureInitialized();
            rt = new Runtime(req.sink(), req.maxSteps());
            in = rt.interp;
            if (handle != null) handle.interp = in;
            in.bindToThread();
            Interp charged = in;
            dev.coroscope.engine.runtime.num.MemoryCap.chargeWorkTo(new LongConsumer() { public void accept(long steps) {
                charged.charge(steps);
            }});
            in.setTracer(req.tracer());
            rt.mainFile = req.filename();
            String source = req.source();
            PyCode code;
            try {
                if (file != null) source = SourceDecoder.decode(file, req.filename());
                rt.addSource(req.filename(), source);
                List<SyntaxWarningInfo> warnings = new ArrayList<>();
                try {
                    code = compiled != null ? compiled : Sources.compile(source, req.filename(), false, warnings);
                } finally {
                    for (SyntaxWarningInfo w : warnings) rt.writeStderr(w.render());
                }
            } catch (PySyntaxError e) {
                SyntaxErrorInfo info = e.info();
                rt.writeStderr(info.render());
                return new RunResult(1, RunResult.Outcome.SYNTAX_ERROR, 0, new RunResult.ProgramError(
                        info.kind().pythonName(), info.message() == null ? "" : info.message(),
                        info.filename() == null ? req.filename() : info.filename(), Math.max(0, info.line()),
                        Math.max(0, info.offset())));
            } catch (dev.coroscope.engine.compiler.CompileRecursionError e) {
                // CPython reports it with no traceback: the program never started.
                rt.writeStderr("RecursionError: ".concat(e.getMessage()).concat("\n"));
                return new RunResult(1, RunResult.Outcome.SYNTAX_ERROR, 0,
                        new RunResult.ProgramError("RecursionError", e.getMessage(), req.filename(), 0, 0));
            } catch (ParserMemoryError e) {
                rt.writeStderr(e.render());
                return new RunResult(1, RunResult.Outcome.SYNTAX_ERROR, 0,
                        new RunResult.ProgramError("MemoryError", "", req.filename(), 0, 0));
            }
            if (req.setup() != null) req.setup().accept(in);
            PyModule main = new PyModule("__main__");
            // As CPython sets up __main__ for a script: no package, an empty __annotations__ even
            // without annotations, then __builtins__, __file__ and __cached__, in that order.
            main.put("__package__", PyNone.INSTANCE);
            main.put("__annotations__", new PyDict());
            main.put("__builtins__", rt.builtinsModule);
            main.put("__file__", PyStr.of(req.filename()));
            main.put("__cached__", PyNone.INSTANCE);
            rt.modules.dict().put("__main__", main);
            Frame f = in.newModuleFrame(code, main.getDict());
            PyBaseException uncaught = null;
            try {
                in.execute(f, null);
            } catch (PyError e) {
                uncaught = e.exc;
            }
            int status = uncaught == null ? 0 : uncaught(rt, uncaught);
            // CPython reports a SystemExit without setting its __traceback__ to the full chain:
            // finalizers that print it later (a task's "exception was never retrieved") show the
            // traceback as of the last handler that caught it.
            if (uncaught != null && uncaught.isInstance(Exc.SystemExit)) uncaught.traceback = uncaught.caughtTraceback;
            RunResult.ProgramError error = errorOrExit(rt, uncaught);
            try {
                rt.runAtExit();
                rt.lifetime.shutdown(uncaught);
            } catch (PyError late) {
                status = uncaught(rt, late.exc);
                error = errorOrExit(rt, late.exc);
            }
            RunResult.Outcome outcome = error == null ? RunResult.Outcome.COMPLETED : RunResult.Outcome.UNCAUGHT_EXCEPTION;
            return new RunResult(status, outcome, in.steps(), error);
        } catch (RunStopped stop) {
            return stopped(rt, in, stop);
        } catch (StackOverflowError e) {
            // Only if a Java recursion escaped the limit checks: reported as Python would.
            return lastResort(rt, in, "RecursionError", "maximum recursion depth exceeded");
        } catch (OutOfMemoryError e) {
            return lastResort(rt, in, "MemoryError", "");
        } catch (dev.coroscope.engine.runtime.text.PythonError e) {
            // A Python error raised where no Python frame could take it (MemoryError while the
            // runtime starts, say): reported as the program's error, not the engine's.
            if (in != null) return lastResort(rt, in, e.pythonType(), e.getMessage() == null ? "" : e.getMessage());
            return earlyFault(req, handle, e);
        } catch (RuntimeException | Error e) {
            if (in == null) return earlyFault(req, handle, e);
            return stopped(rt, in, in.internalFault(e));
        } finally {
            if (in != null) {
                Strands.finish(in);
                in.unbindFromThread();
            }
        }
    }

    /** The engine failed before the program's runtime existed: said on the sink directly. */
    private static RunResult earlyFault(RunRequest req, RunHandle handle, Throwable e) {
        if (handle != null) handle.earlyFault = e;
        String message = internalMessage(0);
        try {
            req.sink().stderr("InternalError: " + message + "\n");
        } catch (RuntimeException ignored) {
            // The RunResult still carries the error.
        }
        return new RunResult(1, RunResult.Outcome.INTERNAL_ERROR, 0,
                new RunResult.ProgramError("InternalError", message, req.filename(), 0, 0));
    }

    /**
     * The message of the {@code InternalError} that ends stderr when the engine itself fails (line
     * 0: unknown); public so that an embedding reporting a fault of its own says it the same way.
     */
    public static String internalMessage(int line) {
        return "Coroscope hit a bug while running " + (line > 0 ? "line " + line : "your program")
                + " (please report it); your program is unchanged";
    }

    /** An error escaped every other handler: a one-line Python-style report. */
    private static RunResult lastResort(Runtime rt, Interp in, String type, String message) {
        if (rt == null) return new RunResult(1, RunResult.Outcome.INTERNAL_ERROR, 0,
                new RunResult.ProgramError("InternalError", internalMessage(0), null, 0, 0));
        int line = in.currentUserLine();
        safeWrite(rt, type + (message.isEmpty() ? "" : ": " + message) + "\n");
        return new RunResult(1, RunResult.Outcome.UNCAUGHT_EXCEPTION, in.steps(),
                new RunResult.ProgramError(type, message, rt.mainFile, line, 0));
    }

    /** Writes a final message even if a tracer or sink misbehaves. */
    private static void safeWrite(Runtime rt, String text) {
        try {
            rt.writeStderr(text);
        } catch (RuntimeException e) {
            try {
                rt.out.stderr(text);
            } catch (RuntimeException ignored) {
                // Nowhere left to say it; the RunResult still carries the error.
            }
        }
    }

    private static RunResult stopped(Runtime rt, Interp in, RunStopped stop) {
        if (rt == null) {
            return new RunResult(1, RunResult.Outcome.INTERNAL_ERROR, 0,
                    new RunResult.ProgramError("InternalError", internalMessage(0), null, 0, 0));
        }
        if (stop.reason == RunStopped.Reason.KILLED) {
            // As a process killed by a signal: its output so far stands, nothing is added to it.
            return new RunResult(stop.exitStatus, RunResult.Outcome.KILLED, in.steps(), null);
        }
        int line = stop.line > 0 ? stop.line : in.currentUserLine();
        String type, message;
        RunResult.Outcome outcome;
        switch (stop.reason) {
            case STEP_LIMIT -> {
                type = "StepLimitError";
                message = String.format(java.util.Locale.ROOT,
                        "the program was stopped after %,d steps (see --max-steps)", stop.steps);
                outcome = RunResult.Outcome.STEP_LIMIT;
            }
            case DEADLOCK -> {
                type = "DeadlockError";
                message = stop.detail != null ? stop.detail
                        : "the event loop has nothing ready to run and no timer set, so the program "
                        + "would wait forever (every task is waiting on something no one will complete); it was stopped";
                outcome = RunResult.Outcome.DEADLOCK;
            }
            case INTERNAL_ERROR -> {
                type = "InternalError";
                message = internalMessage(line);
                outcome = RunResult.Outcome.INTERNAL_ERROR;
            }
            default -> {
                type = "KeyboardInterrupt";
                message = "the program was stopped";
                outcome = RunResult.Outcome.INTERRUPTED;
            }
        }
        safeWrite(rt, type + ": " + message + "\n");
        long steps = stop.reason == RunStopped.Reason.STEP_LIMIT ? stop.steps : in.steps();
        return new RunResult(1, outcome, steps, new RunResult.ProgramError(type, message, rt.mainFile, line, 0));
    }

    /** Null for no exception or SystemExit (sys.exit ends a program normally, whatever its status). */
    private static RunResult.ProgramError errorOrExit(Runtime rt, PyBaseException exc) {
        return exc == null || exc.isInstance(Exc.SystemExit) ? null : errorOf(rt, exc);
    }

    /** The uncaught exception as data: its printed type and message and where it happened. */
    static RunResult.ProgramError errorOf(Runtime rt, PyBaseException exc) {
        String type, message;
        try {
            String last = TracebackPrinter.formatExceptionOnly(exc);
            String[] lines = last.split("\n");
            String head = "";
            for (String l : lines) {
                if (!l.startsWith(" ")) {
                    head = l;
                    break;
                }
            }
            int colon = head.indexOf(": ");
            type = colon < 0 ? head : head.substring(0, colon);
            message = colon < 0 ? "" : head.substring(colon + 2);
        } catch (RuntimeException e) {
            type = exc.getType().name();
            message = "";
        }
        String file = rt.mainFile;
        int line = 0, column = 0;
        if (exc.isInstance(Exc.SyntaxError)) {
            // A SyntaxError raised by the program (or by compile()) names its own place.
            PyObject f = exc.attr("filename"), l = exc.attr("lineno"), o = exc.attr("offset");
            if (f instanceof PyStr fs && l instanceof PyInt li) {
                file = fs.value();
                line = (int) li.longValueOr(0);
                column = o instanceof PyInt oi ? (int) Math.max(0, oi.longValueOr(0)) : 0;
            }
        }
        if (line == 0) {
            PyTraceback inMain = null, innermost = null;
            for (PyTraceback tb = exc.traceback; tb != null; tb = tb.next) {
                innermost = tb;
                if (tb.frame instanceof Frame fr && fr.code.filename.equals(rt.mainFile)) inMain = tb;
            }
            PyTraceback at = inMain != null ? inMain : innermost;
            if (at != null) {
                line = at.lineno;
                if (at.frame instanceof Frame fr) file = fr.code.filename;
            }
        }
        return new RunResult.ProgramError(type, message, file, Math.max(0, line), column);
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
        // sys made on first import: a program that never imported it has the built-in hook.
        PyModule sys = rt.modules.dict().get(PyStr.of("sys")) instanceof PyModule m ? m : null;
        PyObject hook = sys == null ? null : sys.getDict().get(PyStr.of("excepthook"));
        if (sys == null || hook == rt.defaultExcepthook) {
            rt.writeStderr(TracebackPrinter.format(rt, exc));
        } else if (hook == null) {
            rt.writeStderr("sys.excepthook is missing\n" + TracebackPrinter.format(rt, exc));
        } else {
            // A program's own sys.excepthook reports it; if the hook fails, both are printed.
            try {
                Ops.call(hook, exc.getType(), exc, exc.traceback == null ? PyNone.INSTANCE : exc.traceback);
            } catch (PyError e) {
                rt.writeStderr("Error in sys.excepthook:\n" + TracebackPrinter.format(rt, e.exc)
                        + "\nOriginal exception was:\n" + TracebackPrinter.format(rt, exc));
            }
        }
        // CPython ends an uninterrupted KeyboardInterrupt by re-raising SIGINT: the shell sees 128 + 2.
        return exc.isInstance(Exc.KeyboardInterrupt) ? 130 : 1;
    }
}
