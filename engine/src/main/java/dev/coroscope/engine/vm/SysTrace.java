package dev.coroscope.engine.vm;

import dev.coroscope.engine.runtime.Exc;
import dev.coroscope.engine.runtime.PyBaseException;
import dev.coroscope.engine.runtime.PyError;
import dev.coroscope.engine.runtime.PyGenBase;
import dev.coroscope.engine.runtime.PyNone;
import dev.coroscope.engine.runtime.PyObject;
import dev.coroscope.engine.runtime.PyStr;
import dev.coroscope.engine.runtime.PyTuple;
import dev.coroscope.engine.runtime.Ops;

/**
 * {@code sys.settrace}: the program's trace function, fed from the VM's {@link Tracer} events with
 * CPython's event names and order. A frame that starts (a call, or a generator or coroutine
 * resumed) reports 'call' to the global function, whose result becomes the frame's local trace
 * function ({@code f_trace}); that one receives the frame's 'line', 'return' (also for each
 * yield, with the yielded value; None when an exception leaves) and 'exception' events, and what
 * it returns replaces it unless that is None. While a trace function runs nothing is traced.
 * An error in it turns tracing off and propagates. The engine's own library frames are not
 * reported. Every event is passed on to the tracer that was installed before (the recorder).
 */
final class SysTrace implements Tracer {
    private static final PyStr CALL = PyStr.intern("call");
    private static final PyStr LINE = PyStr.intern("line");
    private static final PyStr RETURN = PyStr.intern("return");
    private static final PyStr EXCEPTION = PyStr.intern("exception");

    private final Interp in;
    /** The tracer installed before settrace (the step recorder), or null. */
    Tracer next;
    /** The global trace function (never null while installed). */
    PyObject global;
    /** A trace function is running: its own frames are not traced. */
    private boolean busy;
    /** The generator frame whose first start was just reported by {@link #call}. */
    private Frame started;

    SysTrace(Interp in, Tracer next, PyObject global) {
        this.in = in;
        this.next = next;
        this.global = global;
    }

    /** sys.settrace(fn) on this thread's interpreter; None (null) turns tracing off. */
    static void set(Interp in, PyObject fn) {
        Tracer cur = in.tracer;
        SysTrace st = cur instanceof SysTrace s ? s : null;
        if (fn == null || fn == PyNone.INSTANCE) {
            if (st != null) in.setTracer(st.next);
            return;
        }
        if (st != null) {
            st.global = fn;
            return;
        }
        // The frames running now are inside their current lines (CPython compares with the
        // instruction run last): their next line event comes when they reach another line.
        if (cur == null) {
            for (Frame f = in.frame; f != null; f = f.back) {
                f.lastLine = f.lineno();
                f.jumpedBack = false;
            }
        }
        in.setTracer(new SysTrace(in, cur, fn));
    }

    /**
     * Takes this thread's trace function off the interpreter (the threads of a run share it and
     * take turns: see Strands); returns it for {@link #attach}, or null when there was none.
     */
    static SysTrace detach(Interp in) {
        if (!(in.tracer instanceof SysTrace st)) return null;
        in.setTracer(st.next);
        return st;
    }

    /** Puts a thread's trace function back over the run's own tracer when the thread resumes. */
    static void attach(Interp in, SysTrace st) {
        if (st == null) return;
        st.next = in.tracer;
        in.setTracer(st);
    }

    static PyObject get(Interp in) {
        return in.tracer instanceof SysTrace s ? s.global : PyNone.INSTANCE;
    }

    /** Calls {@code fn(frame, event, arg)} with tracing suspended; returns its result. */
    private PyObject invoke(PyObject fn, Frame f, PyStr event, PyObject arg) {
        busy = true;
        try {
            return Ops.call(fn, f, event, arg);
        } catch (PyError e) {
            // As in CPython: the failing trace function is dropped, for the frame and globally.
            f.fTrace = null;
            set(in, null);
            throw e;
        } finally {
            busy = false;
        }
    }

    /** 'call': the global function decides the frame's local trace function. */
    private void reportCall(Frame f) {
        if (busy || global == null) return;
        PyObject r = invoke(global, f, CALL, PyNone.INSTANCE);
        if (r != PyNone.INSTANCE) f.fTrace = r;
    }

    /** A local event: goes to the frame's f_trace, whose result (unless None) replaces it. */
    private void reportLocal(Frame f, PyStr event, PyObject arg) {
        PyObject fn = f.fTrace;
        if (busy || fn == null) return;
        if (event == LINE && !f.traceLines) return;
        PyObject r = invoke(fn, f, event, arg);
        if (r != PyNone.INSTANCE && in.tracer == this) f.fTrace = r;
    }

    @Override
    public void line(Frame frame, int line, boolean back) {
        if (next != null) next.line(frame, line, back);
        reportLocal(frame, LINE, PyNone.INSTANCE);
    }

    @Override
    public void call(Frame frame) {
        if (next != null) next.call(frame);
        if (busy) return;
        if (frame.gen != null) started = frame;
        reportCall(frame);
    }

    @Override
    public void returned(Frame frame, PyObject value) {
        if (next != null) next.returned(frame, value);
        reportLocal(frame, RETURN, value == null ? PyNone.INSTANCE : value);
    }

    @Override
    public void exception(Frame frame, PyBaseException exc) {
        if (next != null) next.exception(frame, exc);
        reportException(frame, exc);
    }

    /** 'exception' with CPython's (type, value, traceback) argument. */
    void reportException(Frame frame, PyBaseException exc) {
        if (busy || frame.fTrace == null) return;
        PyObject tb = exc.traceback == null ? PyNone.INSTANCE : exc.traceback;
        reportLocal(frame, EXCEPTION, PyTuple.of(exc.getType(), exc, tb));
    }

    @Override
    public void unwound(Frame frame, PyBaseException exc) {
        if (next != null) next.unwound(frame, exc);
        reportLocal(frame, RETURN, PyNone.INSTANCE);
    }

    @Override
    public void yielded(Frame frame, PyObject value) {
        if (next != null) next.yielded(frame, value);
        reportLocal(frame, RETURN, value == null ? PyNone.INSTANCE : value);
    }

    @Override
    public void genState(PyGenBase gen, PyGenBase.State state) {
        if (next != null) next.genState(gen, state);
        if (state == PyGenBase.State.RUNNING && !busy) {
            // A resumed generator or coroutine starts its frame again: 'call' (the first start
            // was reported by call()).
            if (started == gen.frame) {
                started = null;
            } else {
                reportCall(gen.frame);
            }
        }
    }

    @Override
    public void store(Frame frame, String name, PyObject value, String kind) {
        if (next != null) next.store(frame, name, value, kind);
    }

    @Override
    public void output(String stream, String text) {
        if (next != null) next.output(stream, text);
    }

    @Override
    public void warning(String category, String message) {
        if (next != null) next.warning(category, message);
    }

    @Override
    public long retainedBytes() {
        return next != null ? next.retainedBytes() : 0;
    }

    /**
     * A generator or coroutine the frame {@code back} was running through FOR_ITER ({@code send}
     * false) or SEND finished with {@code v}. With a trace function CPython gets that outcome as a
     * StopIteration: always from a coroutine's send(), from a generator only when it returned
     * something other than None; the frame reports it as an 'exception' event (no traceback).
     */
    static void delegateReturned(Interp in, Frame back, PyGenBase g, PyObject v, boolean send) {
        if (!(in.tracer instanceof SysTrace st) || back.code.library) return;
        boolean none = v == null || v == PyNone.INSTANCE;
        if (none && !(send && g instanceof dev.coroscope.engine.runtime.PyCoroutine)) return;
        st.stopEvent(back, Exc.stopIteration(none ? null : v).exc);
    }

    /** SEND finished a non-native awaitable's iterator (a Future's): CPython's StopIteration(value). */
    static void iteratorReturned(Interp in, Frame f, PyObject v) {
        if (!(in.tracer instanceof SysTrace st) || f.code.library) return;
        PyBaseException stop = Exc.stopIteration(v == null ? PyNone.INSTANCE : v).exc;
        st.stopEvent(f, stop);
    }

    private void stopEvent(Frame f, PyBaseException stop) {
        stop.traceback = null;
        reportException(f, stop);
    }

    /**
     * FOR_ITER's next() on an iterator class while tracing: the StopIteration its __next__ raises
     * reaches the loop's frame as an 'exception' event, as in CPython (a built-in iterator's end
     * raises nothing).
     */
    static PyObject nextReporting(Interp in, Frame f, PyObject it) {
        PyObject next = it.getType().lookup(Ops.S_NEXT);
        if (next == null || !(in.tracer instanceof SysTrace st) || f.code.library) return Ops.next(it);
        try {
            return Ops.callDunderFound(next, it);
        } catch (PyError e) {
            if (!e.exc.isInstance(Exc.StopIteration)) throw e;
            st.reportException(f, e.exc);
            return null;
        }
    }
}
