package dev.coroscope.engine.asyncio;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.trace.AsyncEvents;
import dev.coroscope.engine.vm.RunStopped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The event loop, built as CPython's {@code BaseEventLoop}: a FIFO {@link #ready} queue of
 * {@link Handle}s, a {@link #scheduled} heap of {@link TimerHandle}s, and {@link #runOnce}, the
 * only place where callbacks run. An iteration moves every due timer to the end of the ready
 * queue in deadline order, then runs exactly the handles queued at that moment; anything queued
 * while they run waits for the next iteration.
 *
 * <p>Time is virtual ({@link AsyncioState#time()}): when nothing is ready, the clock jumps to the
 * earliest timer instead of waiting, so runs are deterministic and never wait in real time. When
 * nothing is ready and no timer is set, CPython would wait forever; the engine stops the run
 * with {@link RunStopped.Reason#DEADLOCK}.
 *
 * <p>Python sees this class as {@code asyncio.base_events.BaseEventLoop}; the bundled library
 * subclasses it as {@code _UnixSelectorEventLoop} to add the coroutine methods.
 */
public class EventLoop extends PyObject {

    /** CPython drops cancelled timers in bulk above this many, when more than half are cancelled. */
    private static final int MIN_SCHEDULED_TIMER_HANDLES = 100;
    private static final double CLOCK_RESOLUTION = 1e-09;

    public static final PyType TYPE = PyType.builtin("asyncio.base_events", "BaseEventLoop", null, true, new Consumer<PyType>() { public void accept(PyType x) {
        EventLoop.initType(x);
    }}).withPythonMethods();

    static final PyBuiltinFunction RUN_UNTIL_COMPLETE_CB = new PyBuiltinFunction("_run_until_complete_cb", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
        Args.exactly("_run_until_complete_cb", a, 1);
        PyObject fut = a[0];
        if (fut instanceof Future f) {
            if (f.state != Future.CANCELLED) {
                PyBaseException exc = f.exception();
                if (exc != null && (exc.isInstance(Exc.SystemExit) || exc.isInstance(Exc.KeyboardInterrupt))) {
                    return PyNone.INSTANCE;
                }
            }
            f.loop().stop();
        }
        return PyNone.INSTANCE;
    }}).inModule("asyncio.base_events");

    private static void initType(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] a, String[] k) {
            return new EventLoop(cls, AsyncioState.current());
        }});
        t.put("__init__", new PyMethodDescriptor(t, "__init__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            // BaseSelectorEventLoop.__init__'s debug record (shown when logging is set to DEBUG).
            AsyncioState st = ((EventLoop) s).st;
            PyObject logger = asyncioLogger(st);
            if (logger != null) {
                logFrom(st, "selector_events.py", 54, "__init__", Ops.getAttr(logger, "debug"),
                        new PyObject[] {PyStr.of("Using selector: %s"), PyStr.of("EpollSelector")}, null);
            }
            return PyNone.INSTANCE;
        }}));
        t.getset("slow_callback_duration", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((EventLoop) s).slowCallbackDuration;
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            ((EventLoop) s).slowCallbackDuration = v;
        }});
        t.getter("_clock_resolution", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return new PyFloat(CLOCK_RESOLUTION);
        }});
        t.method0("time", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return new PyFloat(((EventLoop) s).st.readTime());
        }});
        t.method("call_soon", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return ((EventLoop) s).callSoonPy("call_soon", a, k);
        }});
        t.method("call_soon_threadsafe", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return ((EventLoop) s).callSoonPy("call_soon_threadsafe", a, k);
        }});
        t.method("call_later", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            EventLoop l = (EventLoop) s;
            int n = positionalWithoutContext("call_later", a, k, 2);
            if (a[0] == PyNone.INSTANCE) throw Exc.typeError("delay must not be None");
            // CPython adds the delay to loop.time(): a str delay fails there, with that wording.
            PyObject when = Ops.binaryOp(new PyFloat(l.st.readTime()), a[0], Ops.ADD);
            return l.traced(withForeign(l.callAt(when, a[1], Arrays.copyOfRange(a, 2, n), true, contextArg(a, k)), a, k), SourceTraceback.HANDLE_LIMIT_CALL_LATER);
        }});
        t.method("call_at", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            EventLoop l = (EventLoop) s;
            int n = positionalWithoutContext("call_at", a, k, 2);
            if (a[0] == PyNone.INSTANCE) throw Exc.typeError("when cannot be None");
            return l.traced(withForeign(l.callAt(a[0], a[1], Arrays.copyOfRange(a, 2, n), false, contextArg(a, k)), a, k), SourceTraceback.HANDLE_LIMIT_CALL_AT);
        }});
        t.method0("create_future", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            EventLoop l = (EventLoop) s;
            Future f = new Future(l);
            if (l.debug) f.sourceTb = SourceTraceback.capture(l.st, java.util.Map.of(), SourceTraceback.CREATE_FUTURE, Integer.MAX_VALUE);
            return f;
        }});
        t.method("create_task", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject[] p = Args.parsePy("create_task", a, k, new String[] {"coro", "name", "context"}, 1, 1);
            return ((EventLoop) s).createTask(p[0], p[1] == null ? PyNone.INSTANCE : p[1], p[2]);
        }});
        t.method1("set_task_factory", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject f) {
            if (f != PyNone.INSTANCE && !Ops.isCallable(f)) throw Exc.typeError("task factory must be a callable or None");
            ((EventLoop) s).taskFactory = f == PyNone.INSTANCE ? null : f;
            return PyNone.INSTANCE;
        }});
        t.method0("get_task_factory", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return Future.orNone(((EventLoop) s).taskFactory);
        }});
        t.method0("run_forever", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            ((EventLoop) s).runForever();
            return PyNone.INSTANCE;
        }});
        t.method1("run_until_complete", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject f) {
            return ((EventLoop) s).runUntilComplete(f);
        }});
        t.method0("stop", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            ((EventLoop) s).stop();
            return PyNone.INSTANCE;
        }});
        t.method0("close", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            ((EventLoop) s).close();
            return PyNone.INSTANCE;
        }});
        t.method0("is_running", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((EventLoop) s).running);
        }});
        t.method0("is_closed", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((EventLoop) s).closed);
        }});
        t.method0("get_debug", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((EventLoop) s).debug);
        }});
        t.method1("set_debug", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject v) {
            EventLoop l = (EventLoop) s;
            l.debug = Ops.isTrue(v);
            if (l.running) {
                // CPython switches tracking through call_soon_threadsafe: from the loop's next turn.
                boolean enabled = l.debug;
                l.callSoon(new PyBuiltinFunction("_set_coroutine_origin_tracking", new PyBuiltinFunction.Impl() {
                    public PyObject call(PyObject[] a, String[] k) {
                        l.setOriginTracking(enabled);
                        return PyNone.INSTANCE;
                    }
                }), new PyObject[0]);
            }
            return PyNone.INSTANCE;
        }});
        t.method1("set_exception_handler", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject h) {
            if (h != PyNone.INSTANCE && !Ops.isCallable(h)) {
                throw Exc.typeError("A callable object or None is expected, got " + Ops.repr(h));
            }
            ((EventLoop) s).exceptionHandler = h == PyNone.INSTANCE ? null : h;
            return PyNone.INSTANCE;
        }});
        t.method0("get_exception_handler", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return Future.orNone(((EventLoop) s).exceptionHandler);
        }});
        t.method1("default_exception_handler", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject c) {
            ((EventLoop) s).defaultExceptionHandler(c);
            return PyNone.INSTANCE;
        }});
        t.method1("call_exception_handler", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject c) {
            ((EventLoop) s).callExceptionHandler(c);
            return PyNone.INSTANCE;
        }});
        t.method0("_check_running", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            ((EventLoop) s).checkRunning();
            return PyNone.INSTANCE;
        }});
        t.method0("_check_closed", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            ((EventLoop) s).checkClosed();
            return PyNone.INSTANCE;
        }});
        t.method0("_run_once", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            ((EventLoop) s).runOnce();
            return PyNone.INSTANCE;
        }});
        t.method0("_take_asyncgens", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            EventLoop l = (EventLoop) s;
            l.asyncgensShutdownCalled = true;
            List<PyObject> gens = new ArrayList<>();
            // Finished generators are usually gone already in CPython (the set is weak): leave them out.
            for (PyObject g : l.asyncgens) if (!(g instanceof PyGenBase pg && pg.finished)) gens.add(g);
            l.asyncgens.clear();
            return new PyList(gens);
        }});
        t.method1("_asyncgen_firstiter_hook", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject g) {
            ((EventLoop) s).firstIter(g);
            return PyNone.INSTANCE;
        }});
        t.method1("_asyncgen_finalizer_hook", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject g) {
            ((EventLoop) s).asyncgenFinalizer(g);
            return PyNone.INSTANCE;
        }});
        t.method0("_executor_shutdown", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            ((EventLoop) s).executorShutdownCalled = true;
            return PyNone.INSTANCE;
        }});
        t.getter("_executor_shutdown_called", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((EventLoop) s).executorShutdownCalled);
        }});
        t.getter("_ready", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            EventLoop l = (EventLoop) s;
            PyObject d = Ops.call(l.st.in.rt.modules.get("collections").getDict().get("deque"));
            for (Handle h : l.ready) Ops.callMethod(d, "append", h);
            return d;
        }});
        t.getter("_scheduled", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            EventLoop l = (EventLoop) s;
            List<PyObject> out = new ArrayList<>();
            for (int i = 0; i < l.scheduled.size(); i++) out.add(l.scheduled.get(i));
            return new PyList(out);
        }});
        t.getter("_stopping", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((EventLoop) s).stopping);
        }});
        t.getter("_closed", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((EventLoop) s).closed);
        }});
        t.getter("_asyncgens", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return new PySet(false, new ArrayList<>(((EventLoop) s).asyncgens));
        }});
        t.getter("_asyncgens_shutdown_called", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((EventLoop) s).asyncgensShutdownCalled);
        }});
        t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(s.repr());
        }}));
    }

    /**
     * Checks the arguments of call_soon/call_later/call_at ({@code need} = 1: callback; 2: delay or
     * when, then callback) with the messages CPython's Python methods give.
     */
    private static int positionalWithoutContext(String fname, PyObject[] a, String[] k, int need) {
        int n = Args.positional(a, k);
        String qual = "BaseEventLoop." + fname;
        if (k != null) {
            for (String kw : k) {
                if (!kw.equals("context")) throw Exc.typeError(qual + "() got an unexpected keyword argument '" + kw + "'");
            }
        }
        if (n < need) {
            String first = fname.equals("call_at") ? "'when'" : "'delay'";
            String names = need - n == 1 ? "'callback'" : first + " and 'callback'";
            throw Exc.typeError(qual + "() missing " + (need - n) + " required positional argument"
                    + (need - n == 1 ? "" : "s") + ": " + names);
        }
        return n;
    }

    /**
     * The {@code context=} keyword argument: null when absent or None (the callback then runs in a
     * copy of the current context), or when it is no Context (see {@link #foreignContextArg}).
     */
    static ContextVars.Context contextArg(PyObject[] a, String[] k) {
        return contextKw(a, k) instanceof ContextVars.Context c ? c : null;
    }

    /** A {@code context=} that is not a Context (an int): the handle keeps it and fails when it runs, as CPython's does. */
    static PyObject foreignContextArg(PyObject[] a, String[] k) {
        PyObject c = contextKw(a, k);
        return c == null || c == PyNone.INSTANCE || c instanceof ContextVars.Context ? null : c;
    }

    private static PyObject contextKw(PyObject[] a, String[] k) {
        if (k == null) return null;
        for (int i = 0; i < k.length; i++) {
            if (k[i].equals("context")) return a[a.length - k.length + i];
        }
        return null;
    }

    /** A handle call_soon/call_later/call_at made for Python code, given its context= when that is no Context. */
    private static Handle withForeign(Handle h, PyObject[] a, String[] k) {
        h.foreignContext = foreignContextArg(a, k);
        if (h.foreignContext != null) h.context = null;
        return h;
    }

    static double number(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return i.toDouble();
        if (o instanceof PyBool b) return b.isTrue() ? 1 : 0;
        PyObject f = Ops.call(PyFloat.TYPE, o);
        return ((PyFloat) f).value;
    }

    private final PyType type;
    private PyDict dict;
    /** {@code loop.slow_callback_duration}: the debug mode's threshold for logging a slow callback. */
    PyObject slowCallbackDuration = new PyFloat(0.1);
    final AsyncioState st;
    final ArrayDeque<Handle> ready = new ArrayDeque<>();
    final TimerHeap scheduled = new TimerHeap();
    private int timerCancelledCount;
    private long timerSeq;
    boolean stopping;
    boolean closed;
    boolean running;
    boolean debug;
    PyObject exceptionHandler;
    PyObject taskFactory;
    Task currentTask;
    /** Async generators first iterated while this loop ran (CPython: a weak set), for shutdown_asyncgens. */
    final LinkedHashSet<PyObject> asyncgens = new LinkedHashSet<>();
    boolean asyncgensShutdownCalled;
    private boolean everStarted;
    boolean executorShutdownCalled;

    EventLoop(PyType type, AsyncioState st) {
        this.type = type;
        this.st = st;
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (dict == null && type.isHeap()) dict = new PyDict();
        return dict;
    }

    double time() {
        return st.time();
    }

    void checkClosed() {
        if (closed) throw Exc.runtimeError("Event loop is closed");
    }

    // ---- scheduling -------------------------------------------------------------------------------

    private PyObject callSoonPy(String fname, PyObject[] a, String[] k) {
        int n = positionalWithoutContext(fname, a, k, 1);
        checkClosed();
        if (debug) {
            if (fname.equals("call_soon")) checkThread();
            checkCallback(a[0], fname);
        }
        return traced(withForeign(callSoon(a[0], Arrays.copyOfRange(a, 1, n), contextArg(a, k)), a, k), SourceTraceback.HANDLE_LIMIT_CALL_SOON);
    }

    /** Debug mode: a handle made for Python code remembers where (see {@link SourceTraceback}). */
    private Handle traced(Handle h, int limit) {
        if (debug) h.sourceTb = SourceTraceback.capture(st, java.util.Map.of(), null, limit);
        return h;
    }

    /**
     * Debug mode: call_soon/call_at from a thread other than the one running this loop. A loop
     * that runs but is not the current thread's running loop runs in another thread.
     */
    private void checkThread() {
        if (running && st.running != this) {
            throw Exc.runtimeError("Non-thread-safe operation invoked on an event loop other than the current one");
        }
    }

    private static void checkCallback(PyObject cb, String method) {
        if (AsyncioModule.isCoroutine(cb) || AsyncioModule.isCoroutineFunction(cb)) {
            throw Exc.typeError("coroutines cannot be used with " + method + "()");
        }
        if (!Ops.isCallable(cb)) {
            throw Exc.typeError("a callable object was expected by " + method + "(), got " + Ops.repr(cb));
        }
    }

    /** call_soon: appends a handle to the ready queue. */
    Handle callSoon(PyObject cb, PyObject[] args) {
        return callSoon(cb, args, null);
    }

    /** call_soon with a context (null: a copy of the current one). */
    Handle callSoon(PyObject cb, PyObject[] args, ContextVars.Context ctx) {
        checkClosed();
        Handle h = new Handle(this, cb, args);
        h.context = ctx != null ? ctx : st.copyContext();
        push(h);
        return h;
    }

    private void push(Handle h) {
        ready.addLast(h);
        AsyncEvents ev = st.events;
        if (ev != null && !h.cancelled) {
            // A cancelled timer still passes through the ready queue (and is skipped), but the
            // recording dropped it from the heap when it was cancelled: it never shows again.
            h.shown = true;
            ev.readyPush(h.id, describe(h));
        }
    }

    /** Queues a step of {@code t}; {@code readyEvent}: the task goes from RUNNING/WAITING to READY. */
    void callSoonStep(Task t, PyBaseException exc, boolean readyEvent) {
        checkClosed();
        // CPython's tasks and futures schedule through loop.call_soon, whose debug check applies.
        if (debug) checkThread();
        Handle h = new Handle(this, Handle.STEP, t, exc);
        AsyncEvents ev = st.events;
        if (ev != null && readyEvent) ev.taskReady(t.id);
        push(h);
    }

    /** A done-callback of {@code fut} is due: a task's wakeup becomes an engine handle. */
    void callSoonDone(PyObject fn, Future fut, PyObject ctx) {
        checkClosed();
        if (debug) checkThread();
        if (fn instanceof TaskWakeup w) {
            Handle h = new Handle(this, Handle.WAKEUP, w.task, fut);
            AsyncEvents ev = st.events;
            if (ev != null && w.task.futWaiter == fut && w.task.state == Future.PENDING) ev.taskReady(w.task.id);
            push(h);
            return;
        }
        if (ctx == null || ctx instanceof ContextVars.Context) {
            callSoon(fn, new PyObject[] {fut}, (ContextVars.Context) ctx);
            return;
        }
        Handle h = callSoon(fn, new PyObject[] {fut}, null);
        h.foreignContext = ctx;
        h.context = null;
    }

    /** call_at / call_later: a timer handle in the heap. */
    TimerHandle callAt(double when, PyObject cb, PyObject[] args, boolean relative, ContextVars.Context ctx) {
        checkClosed();
        if (debug) {
            checkThread();
            checkCallback(cb, "call_at");
        }
        return schedule(new TimerHandle(this, when, cb, args, timerSeq++, relative), ctx);
    }

    /**
     * call_at / call_later with the deadline object Python code gave: a float or a small int is
     * ordered as a double; anything else is kept and compared as Python compares it.
     */
    TimerHandle callAt(PyObject when, PyObject cb, PyObject[] args, boolean relative, ContextVars.Context ctx) {
        if (when instanceof PyFloat f && f.getType() == PyFloat.TYPE) return callAt(f.value, cb, args, relative, ctx);
        checkClosed();
        if (debug) {
            checkThread();
            checkCallback(cb, "call_at");
        }
        boolean exact = when instanceof PyInt i && (when.getType() == PyInt.TYPE || when instanceof PyBool)
                && i.big == null && Math.abs(i.v) <= (1L << 53);
        double w;
        try {
            w = number(when);
        } catch (PyError e) {
            w = Double.NaN;
        }
        return schedule(new TimerHandle(this, w, when, exact, cb, args, timerSeq++, relative), ctx);
    }

    private TimerHandle schedule(TimerHandle h, ContextVars.Context ctx) {
        h.context = ctx != null ? ctx : st.copyContext();
        // heappush appends before it sifts: a deadline that cannot be compared stays in the list
        // (so it counts as scheduled, and the recording sees it pushed) when the sift raises.
        h.scheduled = true;
        AsyncEvents ev = st.events;
        if (ev != null) ev.timerPush(h.id, st.traceTime(Double.isNaN(h.when) ? time() : h.when), describe(h));
        scheduled.push(h);
        return h;
    }

    void timerCancelled(TimerHandle h) {
        if (!h.scheduled) return;
        timerCancelledCount++;
        AsyncEvents ev = st.events;
        if (ev != null) ev.timerCancel(h.id);
    }

    Task createTask(PyObject coro, PyObject name, PyObject context) {
        checkClosed();
        if (context == PyNone.INSTANCE) context = null;
        if (taskFactory == null) return Task.create(this, coro, name, context);
        PyObject t = context == null ? Ops.call(taskFactory, this, coro)
                : Ops.call(taskFactory, new PyObject[] {this, coro, context}, new String[] {"context"});
        if (name != PyNone.INSTANCE) Ops.callMethod(t, "set_name", name);
        if (t instanceof Task task) return task;
        throw Exc.typeError("the task factory must return a Task");
    }

    // ---- running ----------------------------------------------------------------------------------

    void stop() {
        stopping = true;
    }

    private void checkRunning() {
        if (running) throw Exc.runtimeError("This event loop is already running");
        if (st.running != null) throw Exc.runtimeError("Cannot run the event loop while another loop is running");
    }

    /**
     * The recursion depth callbacks run at: the depth of whoever started the loop plus the frames
     * CPython has in between that are Java here ({@code run_forever}, {@code _run_once},
     * {@code Handle._run} and the C call {@code Context.run}; {@code run_until_complete} is a
     * Python frame in both), so that a recursion inside a callback or task meets the limit at
     * CPython's depth.
     */
    private int callbackDepth = -1;

    void runForever() {
        checkClosed();
        checkRunning();
        PyObject previousFirstIter = st.rt.asyncGenFirstIter;
        PyObject previousFinalizer = st.rt.asyncGenFinalizer;
        running = true;
        st.running = this;
        st.rt.asyncGenFirstIter = Ops.getAttr(this, "_asyncgen_firstiter_hook");
        st.rt.asyncGenFinalizer = Ops.getAttr(this, "_asyncgen_finalizer_hook");
        AsyncEvents ev = st.events;
        everStarted = true;
        if (ev != null) ev.loopStart();
        int savedCallbackDepth = callbackDepth;
        setOriginTracking(debug);
        // run_forever, _run_once, Handle._run, Context.run.
        callbackDepth = st.in.depth() + 4;
        try {
            for (;;) {
                runOnce();
                if (stopping) break;
            }
        } finally {
            callbackDepth = savedCallbackDepth;
            setOriginTracking(false);
            stopping = false;
            running = false;
            st.running = null;
            st.rt.asyncGenFirstIter = previousFirstIter;
            st.rt.asyncGenFinalizer = previousFinalizer;
            if (ev != null) ev.loopStop();
        }
    }

    /** Whether the loop was in debug mode when the running callback started (its _run_once line differs). */
    boolean handleDebug;

    /** Whether this loop turned coroutine origin tracking on (debug mode), and the depth it replaced. */
    private boolean originTracking;
    private int savedOriginDepth;

    /** Debug mode records where coroutines are created while the loop runs (CPython: 10 frames). */
    void setOriginTracking(boolean enabled) {
        if (enabled == originTracking) return;
        if (enabled) {
            savedOriginDepth = st.rt.originDepth;
            st.rt.originDepth = 10;
        } else {
            st.rt.originDepth = savedOriginDepth;
        }
        originTracking = enabled;
    }

    /** {@code run_until_complete}: runs the loop until the future (or the task wrapping the coroutine) is done. */
    PyObject runUntilComplete(PyObject arg) {
        checkClosed();
        checkRunning();
        boolean newTask = !AsyncioModule.isFuture(arg);
        PyObject f = AsyncioModule.ensureFuture(st, arg, this);
        if (newTask && f instanceof Task t) t.logDestroyPending = false;
        Ops.callMethod(f, "add_done_callback", RUN_UNTIL_COMPLETE_CB);
        try {
            runForever();
        } catch (PyError | RunStopped e) {
            if (newTask && f instanceof Future fut && fut.isDone() && fut.state != Future.CANCELLED) fut.exception();
            throw e;
        } finally {
            Ops.callMethod(f, "remove_done_callback", RUN_UNTIL_COMPLETE_CB);
        }
        if (!Ops.isTrue(Ops.callMethod(f, "done"))) throw Exc.runtimeError("Event loop stopped before Future completed.");
        return Ops.callMethod(f, "result");
    }

    /** One iteration: due timers to the ready queue, then the handles queued at that moment. */
    void runOnce() {
        AsyncEvents ev = st.events;
        if (ev != null) ev.loopIteration();
        int n = scheduled.size();
        if (n > MIN_SCHEDULED_TIMER_HANDLES && timerCancelledCount * 2 > n) {
            scheduled.retain(h -> {
                if (h.cancelled) h.scheduled = false;
                return !h.cancelled;
            });
            timerCancelledCount = 0;
        } else {
            while (!scheduled.isEmpty() && scheduled.peek().cancelled) {
                timerCancelledCount--;
                scheduled.pop().scheduled = false;
            }
        }
        if (ready.isEmpty() && !stopping) {
            if (scheduled.isEmpty()) {
                // A threading.Timer still to come may hand the loop work (call_soon_threadsafe).
                if (st.rt.fireTimerBefore(Double.POSITIVE_INFINITY)) return;
                throw new RunStopped(RunStopped.Reason.DEADLOCK, st.in.steps());
            }
            TimerHandle first = scheduled.peek();
            double when = first.when;
            double now = time();
            if (!first.numeric) {
                // CPython's select timeout: _when - time(), which raises for a deadline that is not a number.
                PyObject left = Ops.binaryOp(first.whenObject(), new PyFloat(now), Ops.SUB);
                when = now + number(left);
            }
            if (when > now) {
                // A threading.Timer due first fires at its time (the next iteration sees what it
                // queued); otherwise nothing to do until the first timer: the virtual clock jumps there.
                if (st.rt.fireTimerBefore(when - st.rt.monotonicBase)) return;
                st.rt.advanceClock(when - now);
            }
            // The timer must count as due below: past 2**23 s a clock tick (1 ns) is smaller than
            // the gap between doubles, so step the clock up until time() + resolution passes it
            // (CPython's real clock would get there by itself; a virtual one would spin forever).
            while (time() + CLOCK_RESOLUTION <= when) st.rt.setClock(Math.nextUp(st.rt.clock));
        }
        double end = time() + CLOCK_RESOLUTION;
        while (!scheduled.isEmpty()) {
            TimerHandle h = scheduled.peek();
            if (h.numeric ? h.when >= end : h.whenCompare(new PyFloat(end), Ops.GE)) break;
            scheduled.pop();
            h.scheduled = false;
            if (ev != null && !h.cancelled) ev.timerFire(h.id);
            push(h);
        }
        int todo = ready.size();
        for (int i = 0; i < todo; i++) {
            Handle h = ready.pollFirst();
            // CPython's _run_once keeps the handle in its local 'handle' until the next one is
            // popped: what the last one held (the future that woke a task) dies there.
            Handle previous = heldHandle;
            heldHandle = h;
            if (previous != null) release(previous, 1907, "handle = self._ready.popleft()");
            if (ev != null && h.shown) ev.readyPop(h.id);
            if (h.cancelled) continue;
            var rt = st.rt;
            var savedBase = rt.callbackBase;
            rt.callbackBase = st.in.frame;
            int savedDepth = st.in.depth();
            // _run_once called on its own: _run_once, Handle._run, Context.run. A task's step
            // or wakeup is one C call more (CPython calls its method wrapper object).
            int base = callbackDepth >= 0 ? callbackDepth : savedDepth + 3;
            st.in.setDepth(base + (h.kind == Handle.CALL ? 0 : 1));
            boolean savedHandleDebug = handleDebug;
            handleDebug = debug;
            try {
                if (debug) {
                    double t0 = time();
                    h.run();
                    reportIfSlow(h, time() - t0);
                } else {
                    h.run();
                }
            } finally {
                handleDebug = savedHandleDebug;
                st.in.setDepth(savedDepth);
                rt.callbackBase = savedBase;
            }
            if (st.collectAfterCallback) {
                st.collectAfterCallback = false;
                st.rt.lifetime.collect();
            }
        }
        Handle last = heldHandle;
        heldHandle = null;
        if (last != null) release(last, 1923, "handle = None  # Needed to break cycles when an exception occurs.");
    }

    /** The handle {@code _run_once} holds in its local variable (a root for the lifetime collector). */
    private Handle heldHandle;

    /**
     * {@code _run_once} dropped its reference to {@code h} at {@code line} of base_events.py: a task's
     * wake-up held the future it was woken by, whose result or exception (with its traceback's
     * frames) may hold the last reference to a coroutine never awaited; a callback's handle held
     * the callback and its arguments.
     */
    private void release(Handle h, int line, String source) {
        var lifetime = st.rt.lifetime;
        if (h.kind == Handle.STEP || !lifetime.active() || !lifetime.wouldFree(h)) return;
        lifetime.atLibraryLine("<stdlib>/asyncio/base_events.py", line, "asyncio.base_events", source,
                new Runnable() { public void run() {
                    lifetime.discarded(h);
                }});
    }

    void close() {
        if (running) throw Exc.runtimeError("Cannot close a running event loop");
        if (closed) return;
        if (debug) {
            // BaseEventLoop.close's debug record, written while the loop still reads closed=False.
            PyObject logger = asyncioLogger(st);
            if (logger != null) logFrom(st, "base_events.py", 676, "close", Ops.getAttr(logger, "debug"), new PyObject[] {PyStr.of("Close %r"), this}, null);
        }
        closed = true;
        AsyncEvents ev = st.events;
        // A loop that never ran (a second loop made on the side) is not the one the recording shows.
        boolean shown = ev != null && everStarted;
        if (shown) {
            // Handles left behind (a SystemExit escaped mid-iteration) are dropped with the loop;
            // the recording drops them too, or the next loop's queue would start with them.
            for (Handle h : ready) if (h.shown) ev.readyPop(h.id);
            for (int i = 0; i < scheduled.size(); i++) {
                TimerHandle t = scheduled.get(i);
                if (!t.cancelled) ev.timerCancel(t.id);
            }
        }
        List<Task> queued = new ArrayList<>();
        for (Handle h : ready) {
            if (!h.cancelled && h.task != null && h.task.state == Future.PENDING && !queued.contains(h.task)) queued.add(h.task);
        }
        ready.clear();
        // Out of the heap for good: a later cancel() (a coroutine closed after the loop) reports nothing.
        for (int i = 0; i < scheduled.size(); i++) scheduled.get(i).scheduled = false;
        scheduled.clear();
        executorShutdownCalled = true;
        if (shown) ev.loopClose();
        // While an exception is on its way out (close() from a finally), its traceback's frames may
        // still hold these tasks, which the collector cannot see: leave them to a later trigger.
        if (!queued.isEmpty() && st.in.handledException() == null) freeQueuedTasks(queued);
    }

    /**
     * The ready queue held the only reference to a task waiting for its next step (not yet
     * started, or back from sleep(0), or woken by its future): CPython frees such a task when
     * close() clears the queue, logging "Task was destroyed but it is pending!" there, and its
     * coroutine warns (never started) or is closed. A task that waits on a future sits in a
     * reference cycle instead and lives on until a collection or the program's end.
     */
    private void freeQueuedTasks(List<Task> queued) {
        var lifetime = st.rt.lifetime;
        boolean any = false;
        for (Task t : queued) {
            if (t.futWaiter != null || lifetime.isTracked(t)) continue;
            lifetime.register(t, new Consumer<PyObject>() { public void accept(PyObject o) {
                ((Task) o).destroyedWithQueue();
            }});
            any = true;
        }
        if (!any) return;
        // A task still referenced (a variable) stays registered: it is freed, with the same
        // messages, when that reference goes.
        lifetime.atLibraryLine("<stdlib>/asyncio/base_events.py", 678, "asyncio.base_events", "self._ready.clear()",
                new Runnable() { public void run() {
                    lifetime.collect();
                }});
    }

    void enterTask(Task t) {
        if (currentTask != null) {
            throw Exc.runtimeError("Cannot enter into task " + t.repr() + " while another task "
                    + currentTask.repr() + " is being executed.");
        }
        currentTask = t;
    }

    void leaveTask(Task t) {
        if (currentTask != t) {
            throw Exc.runtimeError("Leaving task " + t.repr() + " does not match the current task "
                    + (currentTask == null ? "None" : currentTask.repr()) + ".");
        }
        currentTask = null;
    }

    /** The firstiter hook set while the loop runs: remember the generator for shutdown_asyncgens. */
    private void firstIter(PyObject g) {
        if (asyncgensShutdownCalled) {
            st.rt.lifetime.warn(Exc.ResourceWarning, "asynchronous generator " + g.repr()
                    + " was scheduled after loop.shutdown_asyncgens() call", false);
        }
        asyncgens.add(g);
    }

    /**
     * The finalizer hook: an async generator that dies suspended (the interpreter calls the hook it
     * captured at the first iteration) is closed by a new task running its {@code aclose()},
     * queued as {@code call_soon(loop.create_task, agen.aclose())}.
     */
    private void asyncgenFinalizer(PyObject g) {
        asyncgens.remove(g);
        if (closed) return;
        callSoon(Ops.getAttr(this, "create_task"), new PyObject[] {Ops.callMethod(g, "aclose")});
    }

    /**
     * Debug mode: a callback or task step that took at least {@code slow_callback_duration}
     * (virtual) seconds is logged as CPython's _run_once logs it, naming the task for a step.
     */
    private void reportIfSlow(Handle h, double dt) {
        PyObject limit = slowCallbackDuration;
        boolean slow = limit instanceof PyFloat f ? dt >= f.value : Ops.isTrue(Ops.richCompare(new PyFloat(dt), limit, Ops.GE));
        if (!slow) return;
        String what = h.kind != Handle.CALL && h.task != null ? h.task.repr() : Ops.str(h);
        PyObject logger = asyncioLogger(st);
        if (logger != null) {
            logFrom(st, "base_events.py", 1917, "_run_once", Ops.getAttr(logger, "warning"),
                    new PyObject[] {PyStr.of("Executing %s took %.3f seconds"), PyStr.of(what), new PyFloat(dt)}, null);
        } else {
            st.rt.writeStderr(LibrarySources.forStderr("Executing " + what + " took "
                    + String.format(java.util.Locale.ROOT, "%.3f", dt) + " seconds\n"));
        }
    }

    // ---- errors -----------------------------------------------------------------------------------

    /** Reports an error to the handler set by set_exception_handler, or to the default one. */
    void callExceptionHandler(PyObject context) {
        if (exceptionHandler == null) {
            try {
                defaultExceptionHandler(context);
            } catch (PyError e) {
                if (isExit(e)) throw e;
                st.rt.writeStderr("Exception in default exception handler\n" + AsyncioModule.formatTraceback(st, e.exc));
            }
            return;
        }
        try {
            Ops.call(exceptionHandler, this, context);
        } catch (PyError e) {
            if (isExit(e)) throw e;
            try {
                PyDict ctx = new PyDict();
                ctx.put("message", PyStr.of("Unhandled error in exception handler"));
                ctx.put("exception", e.exc);
                ctx.put("context", context);
                defaultExceptionHandler(ctx);
            } catch (PyError e2) {
                if (isExit(e2)) throw e2;
                st.rt.writeStderr("Exception in default exception handler while handling an unexpected error "
                        + "in custom exception handler\n" + AsyncioModule.formatTraceback(st, e2.exc));
            }
        }
    }

    private static boolean isExit(PyError e) {
        return e.exc.isInstance(Exc.SystemExit) || e.exc.isInstance(Exc.KeyboardInterrupt);
    }

    /** Logs the context as CPython's logger does: the message, the other keys sorted, the traceback. */
    void defaultExceptionHandler(PyObject context) {
        PyObject msgObj = Ops.callMethod(context, "get", PyStr.of("message"));
        String message = Ops.isTrue(msgObj) ? Ops.str(msgObj) : "Unhandled exception in event loop";
        PyObject exc = Ops.callMethod(context, "get", PyStr.of("exception"));
        StringBuilder sb = new StringBuilder(message);
        PyObject keys = Ops.call(st.rt.builtinsDict.get("sorted"), context);
        for (PyObject key : Ops.toList(keys)) {
            String k = Ops.str(key);
            if (k.equals("message") || k.equals("exception")) continue;
            PyObject v = Ops.getItem(context, key);
            String tb = k.equals("source_traceback") || k.equals("handle_traceback") ? SourceTraceback.format(st, v) : null;
            if (tb != null) {
                sb.append('\n').append(k).append(": ").append(k.equals("source_traceback") ? "Object" : "Handle")
                        .append(" created at (most recent call last):\n").append(tb);
            } else {
                sb.append('\n').append(k).append(": ").append(Ops.repr(v));
            }
        }
        PyObject logger = asyncioLogger(st);
        if (logger != null) {
            // The program imported logging: the record goes to the "asyncio" logger, as CPython's
            // logger.error(message, exc_info=...) (its handlers, format and level apply).
            PyObject excInfo = exc instanceof PyBaseException e
                    ? PyTuple.of(e.getType(), e, e.traceback == null ? PyNone.INSTANCE : e.traceback) : PyBool.FALSE;
            logFrom(st, "base_events.py", 1771, "default_exception_handler", Ops.getAttr(logger, "error"),
                    new PyObject[] {PyStr.of(LibrarySources.forStderr(sb.toString())), excInfo}, new String[] {"exc_info"});
        } else {
            sb.append('\n');
            if (exc instanceof PyBaseException e) sb.append(AsyncioModule.formatTraceback(st, e));
            st.rt.writeStderr(LibrarySources.forStderr(sb.toString()));
        }
        AsyncEvents ev = st.events;
        if (ev != null) ev.warning("asyncio", message);
    }

    /**
     * {@code logging.getLogger("asyncio")} once the program has imported logging (it cannot have
     * configured it otherwise), else null: until then CPython's last-resort handler prints bare
     * messages, which is what the engine writes directly.
     */
    /**
     * Calls a logger method for a record CPython's asyncio writes from {@code file:line} in
     * {@code func}: logging's findCaller reports that place (%(funcName)s, %(lineno)d,
     * %(module)s...) instead of the program's frame, which is what the engine's Java code would give.
     */
    private static void logFrom(AsyncioState st, String file, int line, String func, PyObject method, PyObject[] args,
                                String[] kw) {
        PyObject logging = st.rt.modules.dict().get(PyStr.of("logging"));
        PyStr slot = PyStr.intern("_library_caller");
        Ops.setAttr(logging, slot, PyTuple.of(PyStr.of(LibrarySources.DIR + file), PyInt.of(line), PyStr.of(func)));
        try {
            Ops.call(method, args, kw);
        } finally {
            Ops.setAttr(logging, slot, PyNone.INSTANCE);
        }
    }

    static PyObject asyncioLogger(AsyncioState st) {
        PyObject logging = st.rt.modules.dict().get(PyStr.of("logging"));
        if (!(logging instanceof PyModule)) return null;
        return Ops.call(Ops.getAttr(logging, "getLogger"), PyStr.of("asyncio"));
    }

    // ---- describing -------------------------------------------------------------------------------

    /** A short, side-effect-free description of a handle for the step events. */
    private String describe(Handle h) {
        if (h.kind != Handle.CALL) return h.describe();
        PyObject cb = h.callback;
        if (cb == AsyncioModule.SET_RESULT_UNLESS_CANCELLED) return "futures._set_result_unless_cancelled()";
        StringBuilder sb = new StringBuilder(callbackName(cb)).append('(');
        PyObject[] args = h.args;
        for (int i = 0; args != null && i < args.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(describeArg(args[i]));
        }
        return sb.append(')').toString();
    }

    private static String callbackName(PyObject cb) {
        if (cb instanceof PyFunction f) return f.qualname;
        if (cb instanceof PyBuiltinFunction b) return b.name;
        if (cb instanceof PyMethod m && m.func instanceof PyFunction f) return f.qualname;
        if (cb instanceof TaskWakeup) return "Task.task_wakeup";
        if (Reprs.isPartial(cb)) return "functools.partial";
        return "<" + cb.getType().name() + ">";
    }

    private static String describeArg(PyObject a) {
        if (a instanceof Task t) return t.nameString();
        if (a instanceof Future f) return "<" + f.getType().name() + ">";
        if (a == PyNone.INSTANCE || a instanceof PyBool || a instanceof PyInt || a instanceof PyFloat || a instanceof PyStr) {
            return Reprs.limited(a);
        }
        return "<" + a.getType().name() + ">";
    }

    @Override
    public String repr() {
        return "<" + type.name() + " running=" + (running ? "True" : "False") + " closed=" + (closed ? "True" : "False")
                + " debug=" + (debug ? "True" : "False") + ">";
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        if (dict != null) v.accept(dict);
        for (Handle h : ready) v.accept(h);
        for (int i = 0; i < scheduled.size(); i++) v.accept(scheduled.get(i));
        if (exceptionHandler != null) v.accept(exceptionHandler);
        if (taskFactory != null) v.accept(taskFactory);
        if (currentTask != null) v.accept(currentTask);
        if (heldHandle != null) v.accept(heldHandle);
    }
}
