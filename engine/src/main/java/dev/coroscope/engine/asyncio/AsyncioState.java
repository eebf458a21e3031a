package dev.coroscope.engine.asyncio;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.trace.AsyncEvents;
import dev.coroscope.engine.vm.Interp;
import dev.coroscope.engine.vm.Runtime;
import java.util.ArrayList;
import java.util.List;

/**
 * What asyncio keeps per run (CPython keeps it per process or per thread): the running loop
 * ({@code events._get_running_loop()}), the event-loop policy's loop, the {@code Task-N} counter,
 * the set of tasks not yet done (CPython's {@code _all_tasks} weak set), the id counter for step
 * events, and the recorder's {@link AsyncEvents} sink (null when the run is not recorded): an
 * {@code AsyncEvents} put in the runtime's extensions, else the tracer itself if it is one, else
 * the recorder behind the VM adapter ({@code VmTracer}).
 *
 * <p>Invariant: a task is in the pending list from its creation until it is done.
 */
final class AsyncioState {

    final Interp in;
    final Runtime rt;
    /** Null when nobody records the run: every event call is guarded by this one check. */
    /** Null while code of a thread other than the main one runs: the recording shows the main thread's loop. */
    AsyncEvents events;
    /** The recorder, also while a worker thread runs. */
    final AsyncEvents recorder;
    /** The run's current contextvars context, which each task step and callback switches. */
    final ContextVars.State ctx;
    PyModule module;
    EventLoop running;
    EventLoop policyLoop;
    boolean policySetCalled;
    /**
     * The thread whose asyncio state {@code running}/{@code policyLoop} are (CPython keeps both per
     * thread): threading's workers run inside the main thread's call stack here, so entering one
     * swaps this state out and leaving it swaps it back ({@code asyncio._enter_thread}).
     */
    String threadName = "MainThread";
    boolean mainThread = true;
    int taskCounter;
    private int nextId = 1;
    /** Pending tasks in creation order (an intrusive list through {@link Task#prevPending}). */
    Task pendingHead;
    Task pendingTail;
    /** A task ended with an exception nobody retrieved yet: look for it to die after this callback. */
    boolean collectAfterCallback;

    private AsyncioState(Interp in) {
        this.in = in;
        this.rt = in.rt;
        this.ctx = ContextVars.State.of(in);
        AsyncEvents found = rt.extension(AsyncEvents.class);
        if (found == null && in.tracer instanceof AsyncEvents t) found = t;
        if (found == null && in.tracer instanceof dev.coroscope.engine.trace.run.VmTracer vt) found = vt.recorder();
        this.events = found;
        this.recorder = found;
        if (found != null) {
            AsyncEvents ev = found;
            java.util.function.DoubleConsumer prev = rt.clockListener;
            rt.clockListener = now -> {
                if (prev != null) prev.accept(now);
                ev.clock(shown(now));
            };
        }
        rt.lifetime.addRoots(new java.util.function.Supplier<List<PyObject>>() { public List<PyObject> get() {
            return roots();
        }});
        rt.lifetime.addCycleCandidates(new dev.coroscope.engine.vm.Lifetime.CycleCandidates() {
            @Override
            public List<PyObject> candidates() {
                List<PyObject> out = new ArrayList<>();
                for (Task t = pendingHead; t != null; t = t.nextPending) out.add(t);
                return out;
            }

            @Override
            public List<PyObject> inCycles() {
                // Waiting on a future: the future's wake-up callback holds the task, which holds
                // the future. A task queued to step is held by the loop's queue alone.
                List<PyObject> out = new ArrayList<>();
                for (Task t = pendingHead; t != null; t = t.nextPending) if (t.futWaiter != null) out.add(t);
                return out;
            }

            @Override
            public PyObject owned(PyObject candidate) {
                return ((Task) candidate).coro;
            }

            @Override
            public void collected(PyObject candidate) {
                ((Task) candidate).collectedPending();
            }

            @Override
            public void survived(PyObject candidate) {
                ((Task) candidate).survivedCollect = true;
            }
        });
        rt.loopOrigins = new Runtime.LoopOrigins() {
            @Override
            public List<String[]> loopFrames() {
                return LibrarySources.loopFrames(running != null && running.handleDebug);
            }

            @Override
            public String[] placeOf(PyCode code) {
                // Only the bundled asyncio module's own functions (a program may name one 'run').
                return code.filename.endsWith("asyncio.py") ? LibrarySources.loopStarter(code.qualname) : null;
            }

            @Override
            public String forStderr(String text) {
                return LibrarySources.forStderr(text);
            }

            @Override
            public String stdlibLine(String filename, int line) {
                return LibrarySources.lineOf(filename, line);
            }
        };
        rt.addAtExit(new Runnable() { public void run() {
            atExit();
        }});
    }

    static AsyncioState of(Interp in) {
        AsyncioState s = in.rt.extension(AsyncioState.class);
        if (s == null) {
            s = new AsyncioState(in);
            in.rt.extensions.put(AsyncioState.class, s);
        }
        return s;
    }

    static AsyncioState current() {
        return of(Interp.current());
    }

    /** {@code contextvars.copy_context()}: what a task or callback runs in when not given a context. */
    ContextVars.Context copyContext() {
        return new ContextVars.Context(ctx.current().vars);
    }

    int newId() {
        return nextId++;
    }

    /**
     * Virtual time, which {@code time.sleep} also advances (the loop's own reads: no drift). In a
     * threading.Thread's run (time spent there is the thread's own, {@code rt.threadElapsed}) a
     * loop it runs keeps that thread's time, as {@code time.monotonic()} there does.
     */
    double time() {
        return rt.monotonicBase + rt.clock + (rt.threadElapsed > 0 ? rt.threadElapsed : 0);
    }

    /** Virtual time as the program reads it, and as deadlines are computed: see {@code Runtime.READ_DRIFT}. */
    double readTime() {
        return rt.monotonicBase + rt.readClock();
    }

    /** A time for the recording: the read drift rounded away. */
    static double shown(double t) {
        return Math.round(t * 1e6) / 1e6;
    }

    /** Virtual time as the recording shows it (0.0 at the start of the run). */
    double traceTime(double when) {
        return shown(when - rt.monotonicBase);
    }

    void addPending(Task t) {
        t.prevPending = pendingTail;
        if (pendingTail == null) pendingHead = t;
        else pendingTail.nextPending = t;
        pendingTail = t;
        t.inPending = true;
    }

    void removePending(Task t) {
        if (!t.inPending) return;
        if (t.prevPending == null) pendingHead = t.nextPending;
        else t.prevPending.nextPending = t.nextPending;
        if (t.nextPending == null) pendingTail = t.prevPending;
        else t.nextPending.prevPending = t.prevPending;
        t.prevPending = null;
        t.nextPending = null;
        t.inPending = false;
    }

    /** What CPython's thread state and module globals keep alive: the running loop, the policy's loop, current tasks. */
    private List<PyObject> roots() {
        List<PyObject> r = new ArrayList<>(3);
        if (running != null) {
            r.add(running);
            if (running.currentTask != null) r.add(running.currentTask);
        }
        if (policyLoop != null) r.add(policyLoop);
        return r;
    }

    /**
     * Program end: tasks still pending are destroyed with the interpreter (CPython logs "Task was
     * destroyed but it is pending!" for each while tearing the modules down).
     */
    private void atExit() {
        for (Task t = pendingHead; t != null; t = t.nextPending) {
            rt.lifetime.register(t, new java.util.function.Consumer<PyObject>() { public void accept(PyObject o) {
                ((Task) o).destroyedPending();
            }});
        }
    }
}
