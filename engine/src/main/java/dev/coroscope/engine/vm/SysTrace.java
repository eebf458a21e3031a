package dev.coroscope.engine.vm;

import dev.coroscope.engine.runtime.Exc;
import dev.coroscope.engine.runtime.PyBaseException;
import dev.coroscope.engine.runtime.PyBuiltinFunction;
import dev.coroscope.engine.runtime.PyFunction;
import dev.coroscope.engine.runtime.PyType;
import dev.coroscope.engine.runtime.PyMethodDescriptor;
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
    private static final PyStr C_CALL = PyStr.intern("c_call");
    private static final PyStr C_RETURN = PyStr.intern("c_return");
    private static final PyStr C_EXCEPTION = PyStr.intern("c_exception");

    private final Interp in;
    /** The tracer installed before settrace (the step recorder), or null. */
    Tracer next;
    /** The global trace function (sys.settrace), or null. */
    PyObject global;
    /** The profile function (sys.setprofile), or null. This object stays installed while either is set. */
    PyObject profile;
    /** A trace or profile function is running: its own frames are not traced. */
    private boolean busy;
    /** The generator frame whose first start was just reported by {@link #call}. */
    private Frame started;

    SysTrace(Interp in, Tracer next) {
        this.in = in;
        this.next = next;
    }

    /** sys.settrace(fn) on this thread's interpreter; None (null) turns tracing off. */
    static void set(Interp in, PyObject fn) {
        SysTrace st = install(in, fn);
        if (st != null) st.global = fn == PyNone.INSTANCE ? null : fn;
        uninstallIfIdle(in);
    }

    /**
     * sys.setprofile(fn): fn receives CPython 3.11's profile events ('call' and 'return' for Python
     * frames, also at each resumption and yield of a generator or coroutine; 'c_call', 'c_return'
     * and 'c_exception' around calls of C-level functions); its result is ignored. None turns it off.
     */
    static void setProfile(Interp in, PyObject fn) {
        SysTrace st = install(in, fn);
        if (st != null) st.profile = fn == PyNone.INSTANCE ? null : fn;
        uninstallIfIdle(in);
    }

    /** This thread's SysTrace, put on the interpreter first when {@code fn} is a function; null when there is none. */
    private static SysTrace install(Interp in, PyObject fn) {
        Tracer cur = in.tracer;
        if (cur instanceof SysTrace s) return s;
        if (fn == null || fn == PyNone.INSTANCE) return null;
        // The frames running now are inside their current lines (CPython compares with the
        // instruction run last): their next line event comes when they reach another line.
        if (cur == null) {
            for (Frame f = in.frame; f != null; f = f.back) {
                Frame.Trace t = f.trace();
                t.lastLine = f.lineno();
                t.jumpedBack = false;
            }
        }
        SysTrace st = new SysTrace(in, cur);
        in.setTracer(st);
        return st;
    }

    private static void uninstallIfIdle(Interp in) {
        if (in.tracer instanceof SysTrace st && st.global == null && st.profile == null) in.setTracer(st.next);
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
        return in.tracer instanceof SysTrace s && s.global != null ? s.global : PyNone.INSTANCE;
    }

    static PyObject getProfile(Interp in) {
        return in.tracer instanceof SysTrace s && s.profile != null ? s.profile : PyNone.INSTANCE;
    }

    @Override
    public boolean runsUnstartedClose() {
        return global != null || profile != null;
    }

    /** Whether settrace's function is set (local events then go to the frames' f_trace). */
    private boolean tracing() {
        return global != null;
    }

    /** Calls {@code fn(frame, event, arg)} with tracing suspended; returns its result. */
    private PyObject invoke(PyObject fn, Frame f, PyStr event, PyObject arg) {
        busy = true;
        // Values in transit (the argument, what a built-in is collecting) are held by no root while
        // the function runs: the lifetime collector waits (a coroutine in them is not dead).
        in.lifetime.hookDepth++;
        try {
            return Ops.call(fn, f, event, arg);
        } catch (PyError e) {
            // As in CPython: the failing trace function is dropped, for the frame and globally.
            f.setFTrace(null);
            set(in, null);
            throw e;
        } finally {
            in.lifetime.hookDepth--;
            busy = false;
        }
    }

    /** A profile event: {@code profile(frame, event, arg)}; an error in it turns profiling off and propagates. */
    private void reportProfile(Frame f, PyStr event, PyObject arg) {
        PyObject fn = profile;
        if (busy || fn == null) return;
        busy = true;
        in.lifetime.hookDepth++;
        try {
            Ops.call(fn, f, event, arg);
        } catch (PyError e) {
            setProfile(in, null);
            throw e;
        } finally {
            in.lifetime.hookDepth--;
            busy = false;
        }
    }

    /** 'call': the global function decides the frame's local trace function; then the profile function's 'call'. */
    private void reportCall(Frame f) {
        if (busy) return;
        if (global != null) {
            PyObject r = invoke(global, f, CALL, PyNone.INSTANCE);
            if (r != PyNone.INSTANCE) f.setFTrace(r);
        }
        reportProfile(f, CALL, PyNone.INSTANCE);
    }

    /** A local event: goes to the frame's f_trace, whose result (unless None) replaces it. */
    private void reportLocal(Frame f, PyStr event, PyObject arg) {
        PyObject fn = f.fTrace();
        if (busy || fn == null || global == null) return;
        if (event == LINE && !f.traceLines()) return;
        PyObject r = invoke(fn, f, event, arg);
        if (r != PyNone.INSTANCE && in.tracer == this) f.setFTrace(r);
    }

    /** A frame's 'return' (also at a yield): the local trace function's, then the profile function's. */
    private void reportReturn(Frame f, PyObject value) {
        reportLocal(f, RETURN, value);
        reportProfile(f, RETURN, value);
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
        reportReturn(frame, value == null ? PyNone.INSTANCE : value);
    }

    @Override
    public void exception(Frame frame, PyBaseException exc) {
        if (next != null) next.exception(frame, exc);
        reportException(frame, exc);
    }

    /** 'exception' with CPython's (type, value, traceback) argument. */
    void reportException(Frame frame, PyBaseException exc) {
        if (busy || frame.fTrace() == null || global == null) return;
        PyObject tb = exc.traceback == null ? PyNone.INSTANCE : exc.traceback;
        reportLocal(frame, EXCEPTION, PyTuple.of(exc.getType(), exc, tb));
    }

    @Override
    public void unwound(Frame frame, PyBaseException exc) {
        if (next != null) next.unwound(frame, exc);
        reportReturn(frame, PyNone.INSTANCE);
    }

    @Override
    public void yielded(Frame frame, PyObject value) {
        if (next != null) next.yielded(frame, value);
        reportReturn(frame, value == null ? PyNone.INSTANCE : value);
    }

    @Override
    public void genState(PyGenBase gen, PyGenBase.State state) {
        if (next != null) next.genState(gen, state);
        // asyncio's own coroutines that a task runs reach here for the recorder only (see
        // Interp.showTaskCoroutine): library frames are never reported to the program.
        if (state == PyGenBase.State.RUNNING && !busy && !gen.frame.code.library) {
            // A resumed generator or coroutine starts its frame again: 'call' (the first start
            // was reported by call()).
            if (started == gen.frame) {
                started = null;
            } else {
                reportCall(gen.frame);
            }
        }
    }

    /**
     * What a profile function's c_ events name for a call of {@code callable} ({@code self}: the
     * object LOAD_METHOD found it on, or null; {@code first}: the first argument, or null), or null
     * when CPython reports none: a C function, or a C method descriptor bound to its first argument.
     */
    static PyObject cFunction(PyObject callable, PyObject self, PyObject first) {
        if (callable instanceof PyBuiltinFunction bf) return bf.cLevel() ? bf : null;
        if (callable instanceof dev.coroscope.engine.runtime.PyMethod m && m.func instanceof PyFunction f && inCModule(f)) {
            return cStandIn(f, m.self);
        }
        if (callable instanceof PyFunction f && inCModule(f)) {
            if (f.qualname.indexOf('.') < 0) return cStandIn(f, null);
            PyObject on = self != null ? self : first;
            return on == null ? null : cStandIn(f, on);
        }
        if (callable instanceof PyMethodDescriptor md && md.cLevel()) {
            PyObject on = self != null ? self : first;
            return on == null ? null : md.bind(on);
        }
        return null;
    }

    /** Library modules written in Python here whose functions and classes are C code in CPython. */
    private static final java.util.Set<String> C_MODULES = java.util.Set.of("datetime", "decimal");

    private static boolean inCModule(PyFunction f) {
        if (!f.code.library || f.name.startsWith("_")) return false;
        PyObject mod = f.globals.get(PyStr.intern("__name__"));
        return mod instanceof PyStr ms && C_MODULES.contains(ms.value());
    }

    /**
     * What CPython's profile events name for a call of library function {@code f} that is C code
     * there: a built-in function, or a built-in method bound to {@code on} ({@code <built-in method
     * isoformat of datetime.date object at ...>}). Calling it calls {@code f}.
     */
    private static PyObject cStandIn(PyFunction f, PyObject on) {
        if (on == null) {
            PyBuiltinFunction b = new PyBuiltinFunction(f.name, new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
                return Ops.call(f, a, k);
            }});
            PyObject mod = f.globals.get(PyStr.intern("__name__"));
            return mod instanceof PyStr ms ? b.inModule(ms.value()) : b;
        }
        PyType start = on instanceof PyType t ? t : on.getType();
        // The class that defines f (a subclass instance's method is still date.isoformat).
        String cls = f.qualname.substring(0, f.qualname.lastIndexOf('.'));
        PyType owner = start;
        for (PyType c : start.mro()) {
            if (c.qualname().equals(cls)) {
                owner = c;
                break;
            }
        }
        return new PyBuiltinFunction(f.name, new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] full = new PyObject[a.length + 1];
            full[0] = on;
            System.arraycopy(a, 0, full, 1, a.length);
            return Ops.call(f, full, k);
        }}, on, owner);
    }

    /**
     * CALL of the callable below {@code n} arguments on {@code f}'s stack while a profile function
     * is set: when it is a C function, runs it between 'c_call' and 'c_return' (or 'c_exception')
     * events, puts its result on the stack and returns true; false otherwise (nothing done).
     */
    static boolean profiledCall(Interp in, Frame f, int n, String[] kw) {
        if (!(in.tracer instanceof SysTrace st) || st.profile == null || st.busy || f.code.library) return false;
        PyObject[] stack = f.fast;
        int base = f.sp - n - 2;
        PyObject self = stack[base + 1];
        PyObject cf = cFunction(stack[base], self, n > 0 ? stack[base + 2] : null);
        if (cf == null) return false;
        st.cEvents(f, cf, new java.util.function.Supplier<PyObject>() { public PyObject get() {
            RareOps.genericCall(in, f, n, kw);
            return null;
        }});
        return true;
    }

    /** f(*args) of a C function {@link #cFunction} named {@code cf}, between its profile events; plain when no profile function is set. */
    static PyObject profiledCallEx(Interp in, Frame f, PyObject func, PyObject[] args, String[] kw) {
        if (!(in.tracer instanceof SysTrace st) || st.profile == null || st.busy || f.code.library) return Ops.call(func, args, kw);
        PyObject cf = cFunction(func, null, args.length > 0 ? args[0] : null);
        if (cf == null) return Ops.call(func, args, kw);
        return st.cEvents(f, cf, new java.util.function.Supplier<PyObject>() { public PyObject get() {
            return Ops.call(func, args, kw);
        }});
    }

    private PyObject cEvents(Frame f, PyObject cf, java.util.function.Supplier<PyObject> call) {
        reportProfile(f, C_CALL, cf);
        PyObject r;
        try {
            r = call.get();
        } catch (PyError e) {
            reportProfile(f, C_EXCEPTION, cf);
            throw e;
        }
        // The function may have changed the profile function (sys.setprofile itself): the new one gets the event.
        reportProfile(f, C_RETURN, cf);
        return r;
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
        if (!(in.tracer instanceof SysTrace st) || !st.tracing() || back.code.library) return;
        boolean none = v == null || v == PyNone.INSTANCE;
        if (none && !(send && g instanceof dev.coroscope.engine.runtime.PyCoroutine)) return;
        st.stopEvent(back, Exc.stopIteration(none ? null : v).exc);
    }

    /** SEND finished a non-native awaitable's iterator (a Future's): CPython's StopIteration(value). */
    static void iteratorReturned(Interp in, Frame f, PyObject v) {
        if (!(in.tracer instanceof SysTrace st) || !st.tracing() || f.code.library) return;
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
        if (next == null || !(in.tracer instanceof SysTrace st) || !st.tracing() || f.code.library) return Ops.next(it);
        try {
            return Ops.callDunderFound(next, it);
        } catch (PyError e) {
            if (!e.exc.isInstance(Exc.StopIteration)) throw e;
            st.reportException(f, e.exc);
            return null;
        }
    }
}
