package dev.coroscope.engine.trace.run;

import dev.coroscope.engine.runtime.PyAsyncGenerator;
import dev.coroscope.engine.runtime.PyBaseException;
import dev.coroscope.engine.runtime.PyCoroutine;
import dev.coroscope.engine.runtime.PyCoroutineWrapper;
import dev.coroscope.engine.runtime.PyGenBase;
import dev.coroscope.engine.runtime.PyCell;
import dev.coroscope.engine.runtime.PyCode;
import dev.coroscope.engine.runtime.PyDict;
import dev.coroscope.engine.runtime.PyInt;
import dev.coroscope.engine.runtime.PyNone;
import dev.coroscope.engine.runtime.PyObject;
import dev.coroscope.engine.runtime.PyStr;
import dev.coroscope.engine.trace.AsyncEvents;
import dev.coroscope.engine.trace.CoroState;
import dev.coroscope.engine.trace.Flavor;
import dev.coroscope.engine.trace.FutureState;
import dev.coroscope.engine.trace.Recorder;
import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.StdStream;
import dev.coroscope.engine.vm.Frame;
import dev.coroscope.engine.vm.Interp;
import dev.coroscope.engine.vm.Tracer;
import java.util.function.Consumer;

/**
 * Turns the VM's {@link Tracer} callbacks into step events on a {@link Recorder}: live objects
 * become ids (the VM's per-run frame and generator ids) and capped reprs ({@link SafeRepr}); no
 * live object is kept.
 *
 * <p>Translation rules: a generator or coroutine starting for the first time is reported as its
 * {@code coro} RUNNING event, then the {@code call} of its frame (the VM reports them the other
 * way round), so the narration says who awaited it before its frame appears. A frame's parent is
 * the nearest caller that is not library code. A {@code coro} event carries {@code cr_await}
 * (the repr of what a suspended coroutine delegates to) and, when that is itself a coroutine or
 * generator, its id, which draws the await chain.
 *
 * <p>In-place changes: a {@code store} is reported when a name is bound, but a list that grows
 * by {@code append} is never rebound. So a name whose value can change in place (its
 * {@link SafeRepr} says so: it holds a list, dict, set, Task...) is watched: its repr is computed
 * again at each line of its frame (a module global also when any frame returns or suspends), and
 * when it differs the change is recorded as a {@code store} with {@code mutated} set. Names bound
 * to ints, strings and other fixed values cost nothing.
 *
 * <p>It is also the run's {@link AsyncEvents}: the asyncio runtime finds its sink as the tracer
 * and reports the loop, tasks and futures through it, straight to the recorder.
 *
 * <p>Output: the VM reports everything the program writes to the tracer as well as to the run's
 * {@code OutputSink}, and this tracer records it; an embedding must not also record what its sink
 * receives (that would duplicate every output event).
 *
 * <p>Use from the app: {@code new VmTracer(recorder).publishEvery(40, publishToFxThread)} as the
 * run's tracer, then {@link TracedRun#finish(Recorder, dev.coroscope.engine.vm.RunResult)} when
 * the run ends (it records the right end marker).
 *
 * <p>Runs on the engine thread. When the recorder is full it interrupts the run. Optionally
 * publishes {@link Recorder#snapshot()} to a consumer at most every {@code publishMillis}, on the
 * engine thread (the app's adapter forwards it to the FX thread).
 */
public final class VmTracer implements Tracer, AsyncEvents {
    private final Recorder rec;
    private int startedGen = -1;
    private Consumer<Recording> publish;
    private long publishNanos;
    private long nextPublish;
    private int countdown = 4096;
    /** Watched names per frame id, and the watched module globals. */
    private final dev.coroscope.engine.trace.IntMap<Watch> watches = new dev.coroscope.engine.trace.IntMap<>();
    private final Watch globals = new Watch();
    /** Cache of {@link #watchOf}: the frame id last looked up (-1: none) and its entry (may be null). */
    private int watchedFrame = -1;
    private Watch watched;
    private final boolean[] mutable = new boolean[1];
    private final SafeRepr walker = new SafeRepr(Recorder.REPR_CAP);

    public VmTracer(Recorder rec) {
        this.rec = rec;
    }

    /** Calls {@code consumer} with a fresh snapshot at most every {@code millis} ms while the program runs. */
    public VmTracer publishEvery(long millis, Consumer<Recording> consumer) {
        this.publish = consumer;
        this.publishNanos = millis * 1_000_000L;
        this.nextPublish = System.nanoTime() + publishNanos;
        return this;
    }

    public Recorder recorder() {
        return rec;
    }

    @Override
    public long retainedBytes() {
        return rec.retainedBytes();
    }

    @Override
    public void line(Frame f, int line, boolean back) {
        if (foreign(f)) return;
        rec.line(f.id, line, back);
        if (watches.size() != 0) {
            Watch w = watchOf(f.id);
            if (w != null) {
                recheck(f, w, false);
            }
        }
        if (globals.n > 0 && isModule(f)) {
            recheck(f, globals, true);
        }
        if (--countdown <= 0) {
            every4096();
        }
    }

    @Override
    public void call(Frame f) {
        if (foreign(f)) return;
        PyGenBase g = f.gen;
        if (g != null) {
            coro(g, CoroState.RUNNING);
            startedGen = g.id;
        }
        rec.call(f.id, parent(f), f.code.qualname, f.code.firstlineno, g == null ? -1 : g.id);
        arguments(f);
    }

    /**
     * Reports the frame's arguments as stores: CPython's {@code f_locals} holds them from the
     * start (the inspector shows them as {@code cr_frame.f_locals}), but no store reports them.
     */
    private void arguments(Frame f) {
        PyCode c = f.code;
        if ((c.flags & PyCode.CO_OPTIMIZED) == 0) {
            return;
        }
        int n = c.argcount + c.kwonlyargcount + ((c.flags & PyCode.CO_VARARGS) != 0 ? 1 : 0)
                + ((c.flags & PyCode.CO_VARKEYWORDS) != 0 ? 1 : 0);
        for (int i = 0; i < n && i < c.localsplusNames.length; i++) {
            String name = c.localsplusNames[i].value();
            PyObject value = localValue(f, i, name);
            if (value != null) {
                store(f, name, value, "local");
            }
        }
    }

    @Override
    public void returned(Frame f, PyObject value) {
        if (foreign(f)) return;
        leaving(f);
        if (value != null && value.getClass() == PyInt.class && ((PyInt) value).big == null) {
            rec.returnedInt(f.id, ((PyInt) value).v);
        } else {
            rec.returned(f.id, SafeRepr.of(value, Recorder.REPR_CAP));
        }
    }

    @Override
    public void exception(Frame f, PyBaseException exc) {
        if (foreign(f)) return;
        rec.raised(f.id, exc.getType().name(), SafeRepr.message(exc, Recorder.REPR_CAP), f.lineno());
    }

    @Override
    public void unwound(Frame f, PyBaseException exc) {
        if (foreign(f)) return;
        leaving(f);
        rec.unwound(f.id, exc.getType().name());
    }

    @Override
    public void store(Frame f, String name, PyObject value, String kind) {
        if (foreign(f)) return;
        boolean global = "global".equals(kind);
        Watch w = global || isModule(f) ? globals : watches.size() == 0 ? null : watchOf(f.id);
        if (value == null) {
            rec.delete(f.id, name, global);
            if (w != null) {
                w.remove(name);
            }
        } else if (value.getClass() == PyInt.class && ((PyInt) value).big == null) {
            rec.storeInt(f.id, name, ((PyInt) value).v, global);
            if (w != null) {
                w.remove(name);
            }
        } else {
            String repr = walker.repr(value, mutable);
            rec.store(f.id, name, repr, global);
            if (mutable[0]) {
                if (w == null) {
                    w = new Watch();
                    watches.put(f.id, w);
                    watchedFrame = -1;
                }
                w.put(name, repr, slotOf(f, name, w == globals));
            } else if (w != null) {
                w.remove(name);
            }
        }
    }

    @Override
    public void genState(PyGenBase g, PyGenBase.State state) {
        if (g.frame != null && foreign(g.frame) && !g.shownAsTask) return;
        if (state == PyGenBase.State.RUNNING && startedGen == g.id) {
            startedGen = -1;
            return;
        }
        if (state == PyGenBase.State.SUSPENDED && globals.n > 0 && !g.frame.code.library) {
            recheck(g.frame, globals, true);
        }
        coro(g, CoroState.valueOf(state.name()));
    }

    @Override
    public void output(String stream, String text) {
        rec.output("stderr".equals(stream) ? StdStream.STDERR : StdStream.STDOUT, text);
    }

    @Override
    public void warning(String category, String message) {
        rec.warning(category, message);
    }

    private void coro(PyGenBase g, CoroState state) {
        String crAwait = null;
        int awaits = -1;
        if (state == CoroState.SUSPENDED) {
            PyObject yf = g.yieldFrom();
            if (yf != null) {
                crAwait = SafeRepr.of(yf, Recorder.REPR_CAP);
                PyGenBase inner = yf instanceof PyCoroutineWrapper w ? w.coro : yf instanceof PyGenBase gb ? gb : null;
                awaits = inner != null ? inner.id : -1;
            }
        }
        Flavor flavor = g instanceof PyCoroutine ? Flavor.COROUTINE
                : g instanceof PyAsyncGenerator ? Flavor.ASYNC_GENERATOR : Flavor.GENERATOR;
        String origin = null;
        if (g instanceof PyCoroutine co && co.origin != null && co.origin != PyNone.INSTANCE) {
            origin = SafeRepr.of(co.origin, Recorder.REPR_CAP);
        }
        Frame f = g.frame;
        if (f.code.library) {
            // A task's library coroutine (see Interp.showTaskCoroutine): its frame and lines are
            // asyncio's own, never shown, so neither is named.
            rec.coro(g.id, g.qualname, flavor, state, crAwait, awaits, -1, -1, origin);
            return;
        }
        int line = state == CoroState.CREATED ? f.code.firstlineno : f.lineno();
        rec.coro(g.id, g.qualname, flavor, state, crAwait, awaits, line, state == CoroState.CREATED ? -1 : f.id,
                origin);
    }

    // ---- watching values that change in place ----------------------------------------------------

    /** Names whose value can change in place, with the repr last recorded and where to find them. */
    private static final class Watch {
        String[] names = new String[4];
        String[] reprs = new String[4];
        int[] slots = new int[4];
        int n;

        void put(String name, String repr, int slot) {
            for (int k = 0; k < n; k++) {
                if (names[k].equals(name)) {
                    reprs[k] = repr;
                    slots[k] = slot;
                    return;
                }
            }
            if (n == names.length) {
                names = java.util.Arrays.copyOf(names, n * 2);
                reprs = java.util.Arrays.copyOf(reprs, n * 2);
                slots = java.util.Arrays.copyOf(slots, n * 2);
            }
            names[n] = name;
            reprs[n] = repr;
            slots[n] = slot;
            n++;
        }

        void remove(String name) {
            for (int k = 0; k < n; k++) {
                if (names[k].equals(name)) {
                    n--;
                    names[k] = names[n];
                    reprs[k] = reprs[n];
                    slots[k] = slots[n];
                    names[n] = null;
                    reprs[n] = null;
                    return;
                }
            }
        }
    }

    /** Records the names of {@code w} whose repr changed since it was last recorded. */
    private void recheck(Frame f, Watch w, boolean global) {
        for (int k = 0; k < w.n; k++) {
            PyObject v = global ? f.globals.get(w.names[k]) : localValue(f, w.slots[k], w.names[k]);
            if (v == null) {
                continue;
            }
            String repr = walker.repr(v, mutable);
            if (!repr.equals(w.reprs[k])) {
                rec.mutated(f.id, w.names[k], repr, global);
                w.reprs[k] = repr;
            }
        }
    }

    private void leaving(Frame f) {
        if (globals.n > 0) {
            recheck(f, globals, true);
        }
        if (watches.size() != 0) {
            watches.remove(f.id);
            watchedFrame = -1;
        }
    }

    /** The watched names of a frame, or null; remembers the last frame asked about (lines come in runs). */
    private Watch watchOf(int frameId) {
        if (frameId != watchedFrame) {
            watchedFrame = frameId;
            watched = watches.get(frameId);
        }
        return watched;
    }

    /** The fast-local slot holding {@code name}, or -1 (a class body or other namespace). */
    private static int slotOf(Frame f, String name, boolean global) {
        if (global || (f.code.flags & PyCode.CO_OPTIMIZED) == 0) {
            return -1;
        }
        PyStr[] names = f.code.localsplusNames;
        for (int i = 0; i < names.length; i++) {
            if (names[i].value().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static PyObject localValue(Frame f, int slot, String name) {
        if (slot < 0) {
            return f.locals instanceof PyDict d ? d.get(name) : null;
        }
        PyObject v = f.fast[slot];
        if (f.code.isCell[slot] && v instanceof PyCell c) {
            return c.value;
        }
        return v;
    }

    /** True for a module's frame, whose names are the globals. */
    private static boolean isModule(Frame f) {
        return (f.code.flags & PyCode.CO_OPTIMIZED) == 0 && f.locals == f.globals;
    }

    /**
     * Code compiled from another file name than the program's: source given to eval, exec or
     * compile ({@code <string>}, also the __init__ dataclasses makes). The app can show only the
     * program's own file, so such frames are left out like library code (their calls, lines and
     * stores), rather than shown as lines of the program. Cached per code object.
     */
    private boolean foreign(Frame f) {
        PyCode c = f.code;
        if (c != lastCode) {
            lastCode = c;
            String main = dev.coroscope.engine.vm.Interp.current().rt.mainFile;
            lastForeign = main != null && !main.equals(c.filename);
        }
        return lastForeign;
    }

    private PyCode lastCode;
    private boolean lastForeign;

    /** The nearest calling frame that is neither library nor {@link #foreign} code, or -1. */
    private int parent(Frame f) {
        for (Frame b = f.back; b != null; b = b.back) {
            if (!b.code.library && !foreign(b)) {
                return b.id;
            }
        }
        return -1;
    }

    private void every4096() {
        countdown = 4096;
        if (rec.full()) {
            Interp in = Interp.current();
            if (in != null) {
                in.interrupt();
            }
        }
        if (publish != null) {
            long now = System.nanoTime();
            if (now - nextPublish >= 0) {
                nextPublish = now + publishNanos;
                publish.accept(rec.snapshot());
            }
        }
    }

    // ---- asyncio events: straight to the recorder ------------------------------------------------

    @Override
    public void taskCreated(int taskId, String name, int coro) {
        rec.taskCreated(taskId, name, coro);
    }

    @Override
    public void taskCreated(int taskId, String name, int coro, String coroName) {
        rec.taskCreated(taskId, name, coro, coroName);
    }

    @Override
    public void taskRenamed(int taskId, String name) {
        rec.taskRenamed(taskId, name);
    }

    @Override
    public void taskRunning(int taskId) {
        rec.taskRunning(taskId);
    }

    @Override
    public void taskWaiting(int taskId, String waitingOn, int waitingFuture) {
        rec.taskWaiting(taskId, waitingOn, waitingFuture);
    }

    @Override
    public void taskReady(int taskId) {
        rec.taskReady(taskId);
    }

    @Override
    public void taskDone(int taskId, String resultRepr) {
        rec.taskDone(taskId, resultRepr);
    }

    @Override
    public void taskCancelled(int taskId, String message) {
        rec.taskCancelled(taskId, message);
    }

    @Override
    public void taskFailed(int taskId, String exceptionRepr) {
        rec.taskFailed(taskId, exceptionRepr);
    }

    @Override
    public void futureCreated(int futureId, String repr) {
        rec.futureCreated(futureId, repr);
    }

    @Override
    public void futureDone(int futureId, FutureState state, String repr) {
        rec.futureDone(futureId, state, repr);
    }

    @Override
    public void readyPush(int handle, String callback) {
        rec.readyPush(handle, callback);
    }

    @Override
    public void readyPop(int handle) {
        rec.readyPop(handle);
    }

    @Override
    public void timerPush(int handle, double when, String callback) {
        rec.timerPush(handle, when, callback);
    }

    @Override
    public void timerFire(int handle) {
        rec.timerFire(handle);
    }

    @Override
    public void timerCancel(int handle) {
        rec.timerCancel(handle);
    }

    @Override
    public void clock(double now) {
        rec.clock(now);
    }

    @Override
    public void loopStart() {
        rec.loopStart();
    }

    @Override
    public void loopIteration() {
        rec.loopIteration();
    }

    @Override
    public void loopStop() {
        rec.loopStop();
    }

    @Override
    public void loopClose() {
        rec.loopClose();
    }
}
