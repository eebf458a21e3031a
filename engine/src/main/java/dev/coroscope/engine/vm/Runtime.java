package dev.coroscope.engine.vm;

import dev.coroscope.engine.runtime.*;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The per-run environment around the interpreter: builtins, the module table, output streams,
 * the lifetime collector, the source text of loaded files (for tracebacks and warnings) and the
 * hooks other engine parts plug into (asyncio's async-generator hook).
 */
public final class Runtime {

    public final Interp interp;
    public final PyDict builtinsDict;
    public final PyModule builtinsModule;
    public final Modules modules;
    public final Lifetime lifetime;
    public final PyObject buildClass;
    public final OutputSink out;
    /** {@code sys.set_int_max_str_digits}: the int/str conversion limit (0 means none). */
    public int maxStrDigits = dev.coroscope.engine.runtime.num.IntText.DEFAULT_MAX_STR_DIGITS;
    /** The built-in {@code sys.excepthook}: an uncaught exception calls any other hook instead. */
    public PyObject defaultExcepthook;
    /** {@code sys.set_coroutine_origin_tracking_depth}. */
    public int originDepth;

    /**
     * What {@code cr_origin} shows for the event loop, whose frames CPython has in Python and the
     * engine in Java (set by the asyncio runtime; null before asyncio is used).
     */
    public interface LoopOrigins {
        /** CPython's frames between a callback and the code that started the loop, innermost first: {file, line, name}. */
        java.util.List<String[]> loopFrames();

        /** CPython's {file, line, name} for a bundled library frame it also has in Python, or null. */
        String[] placeOf(PyCode code);

        /** Text for stderr with the standard library's folder written as the recordings write it. */
        String forStderr(String text);

        /** The text of a line of CPython's asyncio that the engine shows a frame of ({@code f_back}), or null. */
        String stdlibLine(String filename, int line);
    }

    /**
     * The folder of CPython's standard library as the recorded tracebacks name it: stand-in frames
     * for library code CPython runs in Python (threading, asyncio) carry files under it.
     */
    public static final String CPYTHON_STDLIB = "/root/.pyenv/versions/3.11.7/lib/python3.11/";

    public LoopOrigins loopOrigins;
    /**
     * {@code sys.set_asyncgen_hooks}: called with an async generator the first time it is iterated
     * (asyncio's loop sets it while it runs); null is None.
     */
    public PyObject asyncGenFirstIter;
    /** The finalizer hook an async generator captures at its first iteration and calls when it dies suspended; null is None. */
    public PyObject asyncGenFinalizer;
    /** Source text of the files run from source (the main script), for traceback lines. */
    private final Map<String, String> sources = new HashMap<>();
    /** {@link #sources} split into lines, each on its first look-up. */
    private final Map<String, String[]> sourceLines = new HashMap<>();
    /** Per-run state other engine parts attach (keyed by their own class). */
    public final Map<Class<?>, Object> extensions = new HashMap<>();
    /** Virtual time in seconds since the run started (time.sleep and the asyncio loop advance it). */
    public double clock;
    /** {@code time.time()} at the start of every run: a fixed, plausible epoch (runs are reproducible). */
    public final double wallBase = 1_700_000_000.0;
    /**
     * {@code time.monotonic()} (and so {@code loop.time()}) at the start of a run. Zero, so the
     * times a program prints match the virtual clock the visualizer shows.
     */
    public final double monotonicBase = 0.0;
    /** Told every change of {@link #clock} (the asyncio runtime reports it to the recording). */
    public java.util.function.DoubleConsumer clockListener;

    /**
     * How far virtual time moves on at each read by the program. CPython's clock never reads the
     * same value twice, so a deadline computed from a later read is later (call_later after
     * call_at(start + d) fires second) and the time measured after a sleep exceeds the delay (0.15
     * rounds to 0.2, as it does on CPython). Small enough to stay invisible in printed figures.
     */
    public static final double READ_DRIFT = 1e-10;

    /** The clock as the program reads it ({@code time.monotonic()}, {@code loop.time()}): a little later each time. */
    public double readClock() {
        clock += READ_DRIFT;
        return threadElapsed > 0 ? clock + threadElapsed : clock;
    }

    /**
     * While a function runs as if in a worker thread (asyncio's run_in_executor/to_thread): the
     * virtual time it has spent ({@code time.sleep}), kept off the loop's clock; negative otherwise.
     */
    public double threadElapsed = -1;

    /**
     * While an event-loop callback runs: the frame that was current when it started. A warning
     * issued while no Python frame of the callback is left (a coroutine's locals dying as its
     * task step ends) is attributed, as on CPython, to the stdlib line that runs callbacks.
     */
    public Frame callbackBase;

    /**
     * threading's hook for the main thread's {@code time.sleep}: called with the virtual time the
     * sleep ends at, before the clock gets there, so Timers due by then fire in order (null: none).
     */
    public PyObject sleepHook;
    boolean inSleepHook;

    /**
     * {@code time.sleep(seconds)}: while other threads run, they run meanwhile (threading's hook),
     * and due Timers fire on the way. A function an executor runs sleeps as the worker thread it
     * stands for: its caller goes on at once (the worker goes on as a thread of its own, on the
     * shared clock), unless it runs in its caller's turn, where the time it sleeps is its own.
     */
    public void sleep(double seconds) {
        if (sleepHook == null || inSleepHook) {
            advanceClock(seconds);
            return;
        }
        boolean ownTime = threadElapsed >= 0;
        double until = clock + (ownTime ? threadElapsed : 0) + seconds;
        inSleepHook = true;
        try {
            Ops.call(sleepHook, new PyFloat(monotonicBase + until), PyBool.FALSE);
        } finally {
            inSleepHook = false;
        }
        if (threadElapsed >= 0) {
            threadElapsed += seconds; // still in its caller's turn: the loop's clock does not move
            return;
        }
        setClock(until);
    }

    /**
     * An event loop of the main thread idling until virtual time {@code until} (on the clock):
     * fires the first threading.Timer due by then, if any (the clock moves to its time). Fired one?
     */
    public boolean fireTimerBefore(double until) {
        if (threadElapsed >= 0 || sleepHook == null || inSleepHook) return false;
        inSleepHook = true;
        try {
            return Ops.isTrue(Ops.call(sleepHook, new PyFloat(monotonicBase + until), PyBool.TRUE));
        } finally {
            inSleepHook = false;
        }
    }

    public void advanceClock(double seconds) {
        if (threadElapsed >= 0) {
            threadElapsed += seconds;
            return;
        }
        setClock(clock + seconds);
    }

    /** Moves virtual time to {@code t} (never backwards). */
    public void setClock(double t) {
        if (t <= clock) return;
        clock = t;
        if (clockListener != null) clockListener.accept(t);
    }

    /** The main script's filename as the program sees it. */
    public String mainFile;
    /**
     * The first Java exception that broke the engine during this run (the run then stopped with
     * outcome INTERNAL_ERROR). For developers and tests only: never shown to the learner.
     */
    public volatile Throwable fault;
    public PyObject stdout;
    public PyObject stderr;
    /** sys.stdin: always at its end (programs get no input). */
    public PyObject stdin;
    /** Work for the end of the program (before module teardown), e.g. asyncio's checks. */
    private final java.util.List<Runnable> atExit = new java.util.ArrayList<>();

    public void addAtExit(Runnable r) {
        atExit.add(r);
    }

    void runAtExit() {
        for (Runnable r : atExit) r.run();
    }

    public Runtime(OutputSink out, long maxSteps) {
        this.out = out;
        this.interp = new Interp(this, maxSteps);
        this.lifetime = new Lifetime(interp);
        interp.lifetime = lifetime;
        this.builtinsModule = new PyModule("builtins");
        this.builtinsDict = builtinsModule.getDict();
        Builtins.install(builtinsDict);
        this.buildClass = builtinsDict.get("__build_class__");
        this.stdout = new TextStream("stdout", false, this);
        this.stderr = new TextStream("stderr", true, this);
        this.stdin = new TextStream("stdin", false, this);
        this.modules = new Modules(this);
        modules.dict().put("builtins", builtinsModule);
    }

    @SuppressWarnings("unchecked")
    public <T> T extension(Class<T> key) {
        return (T) extensions.get(key);
    }

    public void addSource(String filename, String source) {
        sources.put(filename, source);
        sourceLines.remove(filename);
    }

    /**
     * The lines of a loaded file as {@code linecache.getlines} gives them (each with its
     * {@code \n}, the last one without if the file has none), or null for an unknown file.
     */
    public java.util.List<String> sourceLinesWithEnds(String filename) {
        if (sourceLine(filename, 1) == null && !sources.containsKey(filename)) return null;
        String[] lines = sourceLines.get(filename);
        java.util.List<String> out = new java.util.ArrayList<>(lines.length);
        for (int i = 0; i < lines.length - 1; i++) out.add(lines[i] + "\n");
        if (!lines[lines.length - 1].isEmpty()) out.add(lines[lines.length - 1]);
        return out;
    }

    /** A line of a loaded file (1-based), or null. */
    public String sourceLine(String filename, int line) {
        String[] lines = sourceLines.get(filename);
        if (lines == null) {
            String text = sources.get(filename);
            if (text == null) {
                String lib = LoopFrames.stdlibLine(filename, line);
                if (lib != null || loopOrigins == null) return lib;
                return loopOrigins.stdlibLine(filename, line);
            }
            lines = splitLines(text);
            sourceLines.put(filename, lines);
        }
        if (line < 1 || line > lines.length) return null;
        return lines[line - 1];
    }

    /**
     * {@code text}'s lines, each ended by {@code \r\n}, {@code \r} or {@code \n} (the text after
     * the last ending is a line too, possibly empty). By hand, on first use rather than at
     * {@link #addSource}: most runs never ask for a line, and a regular-expression split of every
     * script cost each start the regex engine's initialization.
     */
    static String[] splitLines(String text) {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines.toArray(new String[0]);
    }

    public void writeStdout(String text) {
        if (interp.tracer != null) interp.tracer.output("stdout", text);
        out.stdout(text);
    }

    public void writeStderr(String text) {
        if (interp.tracer != null) interp.tracer.output("stderr", text);
        out.stderr(text);
    }

    /**
     * An error nobody can catch (in a __del__, a finalizer, a weakref callback, a never-awaited
     * warning made an error): {@code sys.unraisablehook} gets it when the program replaced the
     * hook; otherwise {@code text} (the default hook's "Exception ignored in: ..." report) goes to
     * stderr.
     */
    public void unraisable(PyObject obj, PyBaseException exc, String text) {
        PyModule sys = modules.get("sys");
        PyObject hook = sys == null ? null : sys.getDict().get(PyStr.intern("unraisablehook"));
        if (hook == null || hook == SysModule.DEFAULT_UNRAISABLEHOOK || exc == null) {
            writeStderr(text);
            return;
        }
        PyObject args = SysModule.unraisableArgs(exc, obj);
        try {
            Ops.call(hook, args);
        } catch (PyError e) {
            writeStderr("Exception ignored in sys.unraisablehook: " + Ops.repr(hook) + "\n"
                    + TracebackPrinter.formatUnraisable(this, e.exc));
        }
    }

    /** Warning text already formatted. */
    /** The {@code warnings} module's filter lookup, once that module is imported (null before). */
    public PyObject warningFilter;
    /**
     * Once the {@code warnings} module is imported (null before): its function that takes a warning
     * the engine raises itself, already attributed to a place, through the filters, the registry
     * and showwarning; called as {@code (category, text, filename, lineno, module, line, source)}.
     */
    public PyObject warningHook;

    /** What the warnings filters say about a warning the engine itself raises ("default" when not imported). */
    public String warningAction(PyType category, String message) {
        if (warningFilter == null) return "default";
        return Ops.str(Ops.call(warningFilter, category, PyStr.of(message)));
    }

    /**
     * Issues a warning from Java code as {@code warnings.warn(message, category)} would from the
     * Python code calling it (filters, once-per-location registry, CPython's stderr format).
     */
    public void warn(PyType category, String message) {
        PyModule w = modules.get("warnings");
        Ops.call(Ops.getAttr(w, "warn"), PyStr.of(message), category);
    }


    public void warnRaw(String text) {
        writeStderr(text);
    }

    /** {@code sys.stdout}/{@code sys.stderr}: text streams that write to the run's sink. */
    public static final class TextStream extends PyObject {
        static final PyType TYPE = PyType.builtin("_io", "TextIOWrapper", null, false, new Consumer<PyType>() { public void accept(PyType t) {
            t.method1("write", (s, text) -> {
                if (!(text instanceof PyStr str)) {
                    throw Exc.typeError("write() argument must be str, not " + text.getType().tpName());
                }
                TextStream ts = (TextStream) s;
                if (ts.input) throw ts.notWritable();
                if (ts.err) ts.rt.writeStderr(str.value());
                else ts.rt.writeStdout(str.value());
                return PyInt.of(str.cpLength());
            });
            t.method0("flush", s -> PyNone.INSTANCE);
            t.method0("isatty", s -> PyBool.FALSE);
            t.method0("fileno", s -> PyInt.of(((TextStream) s).input ? 0 : ((TextStream) s).err ? 2 : 1));
            t.method0("writable", s -> PyBool.of(!((TextStream) s).input));
            t.method0("readable", s -> PyBool.of(((TextStream) s).input));
            t.getter("mode", s -> PyStr.of(((TextStream) s).input ? "r" : "w"));
            // The engine's programs have no input: standard input is at its end.
            t.method("read", (s, a, k) -> ((TextStream) s).readEnd(PyStr.of("")));
            t.method("readline", (s, a, k) -> ((TextStream) s).readEnd(PyStr.of("")));
            t.method("readlines", (s, a, k) -> ((TextStream) s).readEnd(new PyList()));
            t.method0("__iter__", s -> s);
            t.method0("__next__", s -> {
                ((TextStream) s).readEnd(null);
                throw Exc.error(Exc.StopIteration, null);
            });
            t.getter("encoding", s -> PyStr.of("utf-8"));
            t.getter("errors", s -> PyStr.of("strict"));
            t.getter("name", s -> PyStr.of("<" + ((TextStream) s).name + ">"));
            t.getter("closed", s -> PyBool.FALSE);
            t.getter("line_buffering", s -> PyBool.FALSE);
            t.method1("writelines", (s, lines) -> {
                Ops.forEach(lines, l -> Ops.callMethod(s, "write", l));
                return PyNone.INSTANCE;
            });
        }});

        final String name;
        final boolean err;
        final Runtime rt;

        /** sys.stdin (readable, not writable). */
        final boolean input;

        TextStream(String name, boolean err, Runtime rt) {
            this.name = name;
            this.err = err;
            this.rt = rt;
            this.input = name.equals("stdin");
        }

        private PyObject readEnd(PyObject empty) {
            if (!input) {
                PyObject io = rt.modules.importName("io", PyNone.INSTANCE, PyInt.of(0));
                throw new PyError((PyBaseException) Ops.call(Ops.getAttr(io, "UnsupportedOperation"), PyStr.of("not readable")));
            }
            return empty;
        }

        @Override
        public boolean hasIter() {
            return true;
        }

        @Override
        public boolean isIterator() {
            return true;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        /** Iterating standard input: at its end at once. */
        @Override
        public PyObject next() {
            readEnd(null);
            return null;
        }

        private PyError notWritable() {
            PyObject io = rt.modules.importName("io", PyNone.INSTANCE, PyInt.of(0));
            return new PyError((PyBaseException) Ops.call(Ops.getAttr(io, "UnsupportedOperation"), PyStr.of("not writable")));
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public String repr() {
            return "<_io.TextIOWrapper name='<" + name + ">' mode='" + (input ? "r" : "w") + "' encoding='utf-8'>";
        }
    }
}
