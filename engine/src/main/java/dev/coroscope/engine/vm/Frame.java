package dev.coroscope.engine.vm;

import dev.coroscope.engine.runtime.PyCell;
import dev.coroscope.engine.runtime.PyCode;
import dev.coroscope.engine.runtime.PyDict;
import dev.coroscope.engine.runtime.PyFunction;
import dev.coroscope.engine.runtime.PyGenBase;
import dev.coroscope.engine.runtime.PyInt;
import dev.coroscope.engine.runtime.PyNone;
import dev.coroscope.engine.runtime.PyObject;
import dev.coroscope.engine.runtime.PyStr;
import dev.coroscope.engine.runtime.PyType;
import dev.coroscope.engine.runtime.RecursionCost;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A heap-allocated activation of a code object: its fast locals (locals, cells, free variables),
 * its own value stack and instruction pointer, and the link to the frame that called or resumed
 * it. A generator or coroutine keeps its frame while suspended; the VM switches between frames
 * without Java recursion. Also the Python-visible {@code frame} object ({@code f_lineno},
 * {@code f_locals}, {@code f_code}...).
 */
public final class Frame extends PyObject {

    public static final PyType TYPE = PyType.builtin("frame", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        t.getter("f_lineno", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return PyInt.of(((Frame) s).lineno()); } });
        t.getter("f_code", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((Frame) s).code; } });
        t.getter("f_locals", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((Frame) s).localsDict(); } });
        t.getter("f_globals", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((Frame) s).globals; } });
        t.getter("f_builtins", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((Frame) s).builtins; } });
        t.getter("f_back", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return LoopFrames.back((Frame) s);
        }});
        t.getter("f_lasti", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyInt.of(Math.max(0, ((Frame) s).ip - 1) * 2L);
        }});
        t.getset("f_trace", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyObject fn = ((Frame) s).fTrace();
            return fn == null ? PyNone.INSTANCE : fn;
        }}, (s, v) -> ((Frame) s).setFTrace(v == PyNone.INSTANCE ? null : v));
        t.getset("f_trace_lines", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return dev.coroscope.engine.runtime.PyBool.of(((Frame) s).traceLines());
        }}, (s, v) -> {
            if (!(v instanceof dev.coroscope.engine.runtime.PyBool b)) {
                throw dev.coroscope.engine.runtime.Exc.typeError("attribute value type must be bool");
            }
            ((Frame) s).trace().traceLines = b == dev.coroscope.engine.runtime.PyBool.TRUE;
        });
        t.getter("f_trace_opcodes", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return dev.coroscope.engine.runtime.PyBool.FALSE;
        }});
        t.method0("clear", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return PyNone.INSTANCE; } });
    }});

    public final PyCode code;
    /**
     * Fast locals and value stack in one array (one allocation per call, not two): slots
     * {@code [0, stackBase())} are the fast locals, the stack grows from {@link #stackBase()}.
     */
    public final PyObject[] fast;
    /** Next free stack slot (an index into {@link #fast}, at least {@link #stackBase()}). */
    public int sp;
    /** Index of the next instruction to run. */
    public int ip;
    /** The frame that called (or resumed) this one while it runs; null otherwise. */
    public Frame back;
    public final PyDict globals;
    public final PyDict builtins;
    /** The mapping for LOAD_NAME/STORE_NAME (module: the globals; class body: the namespace). */
    public PyObject locals;
    public PyFunction func;
    /** The generator/coroutine owning this frame, or null. */
    public PyGenBase gen;
    /** What a tracer keeps about this frame; null until a tracer or f_trace asks ({@link #trace()}). */
    private Trace trace;
    /** Stable per-run identity for the tracer. */
    public final int id;
    /** For an {@code __init__} run by a class call in the loop: the new instance the call returns. */
    public PyObject initSelf;
    /** A generator frame has begun running its body (before that it is CREATED). */
    public boolean started;
    /** A stand-in for a frame CPython has in Python and the engine in Java ({@link LoopFrames}). */
    boolean standIn;

    public Frame(PyCode code, PyDict globals, PyDict builtins, PyObject locals, int id) {
        this.code = code;
        if (code.runs < RecursionCost.WARM_RUNS) code.runs++;
        this.fast = new PyObject[code.frameSize];
        this.sp = code.nlocalsplus();
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.id = id;
    }

    /**
     * A function's frame as {@link Interp#call}'s plain path makes it: every argument already
     * loaded, {@code fast} allocated before the frame, and nothing but stores here (no branch, no
     * load that could fail), so the JIT sees each store as part of the new object's
     * initialization and gives none of them the collector's card mark. The caller counts
     * {@link PyCode#runs} as the other constructor does.
     */
    Frame(PyCode code, PyObject[] fast, int sp, PyDict globals, PyDict builtins, PyFunction func, Frame back, int id) {
        this.code = code;
        this.fast = fast;
        this.sp = sp;
        this.globals = globals;
        this.builtins = builtins;
        this.func = func;
        this.back = back;
        this.id = id;
    }

    /**
     * The tracing state of a frame, apart from it: most frames never meet a tracer, and every
     * call allocates a frame, so its fields (and their non-zero first values) are not paid for
     * by each call.
     */
    static final class Trace {
        /** Last line reported to the tracer (-1 before the first). */
        int lastLine = -1;
        /** The tracer saw a backward jump: the next instruction reports its line. */
        boolean jumpedBack;
        /** The local trace function (sys.settrace's result for this frame, or f_trace set by hand); null when none. */
        PyObject fTrace;
        /** f_trace_lines: whether the local trace function gets 'line' events. */
        boolean traceLines = true;
        /** f_locals of a function's frame (see {@link #localsDict}); null until asked for. */
        PyDict localsSnapshot;
    }

    /** This frame's tracing state, made on first use. */
    Trace trace() {
        Trace t = trace;
        if (t == null) t = trace = new Trace();
        return t;
    }

    /** The local trace function, or null. */
    public PyObject fTrace() {
        Trace t = trace;
        return t == null ? null : t.fTrace;
    }

    /** Sets the local trace function (null: none). */
    public void setFTrace(PyObject fn) {
        if (fn == null && trace == null) return;
        trace().fTrace = fn;
    }

    /** f_trace_lines. */
    public boolean traceLines() {
        Trace t = trace;
        return t == null || t.traceLines;
    }

    /** First stack slot of {@link #fast} (the number of fast locals). */
    public int stackBase() {
        return code.nlocalsplus();
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The current line: of the last instruction run, or the first line before starting. */
    public int lineno() {
        if (ip == 0 || (gen != null && !started)) return code.firstlineno;
        return code.lineAt(ip - 1);
    }

    /** Index of the instruction running (or last run). */
    public int lasti() {
        return Math.max(0, ip - 1);
    }

    /**
     * {@code f_locals}: the fast locals (and cells) that are bound, or the namespace. A function's
     * frame has one dict, as in CPython, brought up to date at each call (locals(), vars(),
     * f_locals): the fast locals (and cells) that are bound are put in, the unbound ones taken
     * out, and names put there by other code (an exec()) stay.
     */
    public PyObject localsDict() {
        if ((code.flags & PyCode.CO_OPTIMIZED) == 0 && locals != null) return locals;
        Trace t = trace();
        PyDict d = t.localsSnapshot;
        if (d == null) d = t.localsSnapshot = new PyDict();
        PyStr[] names = code.localsplusNames;
        int stackBase = stackBase();
        for (int i = 0; i < stackBase; i++) {
            PyObject v = fast[i];
            if (v != null && code.isCell[i]) {
                if (v instanceof PyCell c) v = c.value;
                else if (ip != 0) v = null;
            }
            if (v != null) d.put(names[i], v);
            else d.remove(names[i]);
        }
        return d;
    }

    /**
     * The name of the first local variable (fast local or cell, in co_varnames order) bound to
     * {@code o} itself, or null. Reads only: safe while events are recorded.
     */
    public String localNameOf(PyObject o) {
        PyStr[] names = code.localsplusNames;
        int stackBase = stackBase();
        for (int i = 0; i < stackBase; i++) {
            PyObject v = fast[i];
            if (v instanceof PyCell c && code.isCell[i]) v = c.value;
            if (v == o && names[i].value().charAt(0) != '.') return names[i].value();
        }
        return null;
    }

    @Override
    public String repr() {
        return "<frame at " + dev.coroscope.engine.runtime.Ops.address(this) + ", file '" + code.filename + "', line "
                + lineno() + ", code " + code.name + ">";
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        for (int i = 0; i < sp; i++) if (fast[i] != null) v.accept(fast[i]);
        if (locals != null && locals != globals) v.accept(locals);
        v.accept(globals);
        if (func != null) v.accept(func);
        // A frame object does not keep its generator alive in CPython: demo().cr_frame lets a
        // never-started coroutine die (and warn) at that line. A started one stays as it was.
        if (gen != null && started) v.accept(gen);
    }
}
