package dev.coroscope.engine.vm;

import dev.coroscope.engine.asyncio.ContextVars;
import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.runtime.num.MemoryCap;
import java.util.ArrayList;
import java.util.List;

/**
 * The Python threads of a run (threading.Thread): each started thread runs on a Java thread of its
 * own, but they take turns: exactly one, the holder of the baton, runs Python at any time. A thread
 * hands the baton on only where it blocks (threading.py decides where and to whom), so a run stays
 * deterministic. Strand 0 is the main thread (the run's engine thread).
 *
 * <p>While a strand waits for the baton, the interpreter's per-thread state (current frame, the
 * handled-exception chain, recursion depth, the context of contextvars, the virtual-time state of
 * {@code time.sleep}) is kept in its {@link Strand} and put back when it resumes.
 */
final class Strands {

    /** Stack of a thread other than the main one (its Python recursion is bounded by the same limit). */
    private static final long STACK_SIZE = 1L << 28;

    private final Interp in;
    private final Object baton = new Object();
    private final List<Strand> all = new ArrayList<>();
    /** The strand allowed to run (guarded by {@link #baton}). */
    private Strand holder;
    /** A Java failure (a stop, an engine fault) of a strand, for the main strand to rethrow. */
    private Throwable failure;

    /** Unwinds a strand's Java stack when the run ends while it still waits (no Python code runs). */
    private static final class Ended extends Error {
        Ended() {
            super(null, null, false, false);
        }
    }

    private static final class Strand {
        final int index;
        Thread thread;
        boolean done;
        boolean ending;
        Frame frame;
        ExcInfo excInfo;
        int depth;
        String[] pendingKw;
        PyObject sendReturn;
        double threadElapsed = -1;
        Frame callbackBase;
        boolean inSleepHook;
        Object context;
        /** The thread's sys.settrace function while another thread runs. */
        SysTrace trace;

        Strand(int index) {
            this.index = index;
        }
    }

    private Strands(Interp in) {
        this.in = in;
        Strand main = new Strand(0);
        main.thread = Thread.currentThread();
        all.add(main);
        holder = main;
    }

    static Strands of(Interp in) {
        Strands s = in.rt.extension(Strands.class);
        if (s == null) {
            s = new Strands(in);
            in.rt.extensions.put(Strands.class, s);
        }
        return s;
    }

    /**
     * A new strand that, once handed the baton, calls {@code body()}; body returns the index of the
     * strand to hand the baton to when it ends. Returns the new strand's index.
     */
    int spawn(PyObject body) {
        Strand s = new Strand(all.size());
        all.add(s);
        Object memory = MemoryCap.currentRun();
        s.thread = new EngineThread(new Runnable() { public void run() {
            runStrand(s, body, memory);
        }}, "coroscope-thread-" + s.index, STACK_SIZE);
        s.thread.start();
        return s.index;
    }

    private void runStrand(Strand s, PyObject body, Object memory) {
        synchronized (baton) {
            while (holder != s) awaitBaton();
        }
        int next = 0;
        Throwable failed = null;
        if (!s.ending) {
            in.bindToThread();
            MemoryCap.adoptRun(memory);
            // A thread starts with nothing on its stack, nothing being handled, an empty context.
            in.frame = null;
            in.excInfo = new ExcInfo();
            in.depth = 0;
            in.pendingKw = null;
            in.sendReturn = null;
            in.rt.threadElapsed = -1;
            in.rt.callbackBase = null;
            in.rt.inSleepHook = false;
            ContextVars.setCurrentContext(in, null);
            in.sliceLeft = in.sliceWindows;
            // sys.settrace is per thread: a new thread starts untraced (threading.settrace's hook
            // is installed by threading.py itself), and its trace function ends with it.
            SysTrace.detach(in);
            try {
                PyObject r = Ops.call(body);
                next = (int) Ops.index(r).longValueOr(0);
            } catch (Ended e) {
                next = -1;
            } catch (Throwable t) {
                failed = t;
                next = 0;
            } finally {
                SysTrace.detach(in);
                in.unbindFromThread();
            }
        } else {
            next = -1;
        }
        synchronized (baton) {
            s.done = true;
            if (next < 0) {
                // Ended by finish(): the strand that ended it waits for this.
                baton.notifyAll();
                return;
            }
            if (failed != null && failure == null) failure = failed;
            if (next >= all.size() || all.get(next).done) next = 0;
            holder = all.get(next);
            baton.notifyAll();
        }
    }

    private void awaitBaton() {
        try {
            baton.wait();
        } catch (InterruptedException e) {
            // Only finish() ends a strand's wait; an interrupt of the run is a flag the holder sees.
        }
    }

    /** The calling strand (which holds the baton) hands it to strand {@code target} and waits for it back. */
    void switchTo(int target) {
        Strand me;
        synchronized (baton) {
            me = holder;
        }
        if (target < 0 || target >= all.size()) throw Exc.valueError("no such thread");
        Strand to = all.get(target);
        if (to == me) return;
        if (to.done) throw Exc.runtimeError("cannot switch to a finished thread");
        me.frame = in.frame;
        me.excInfo = in.excInfo;
        me.depth = in.depth;
        me.pendingKw = in.pendingKw;
        me.sendReturn = in.sendReturn;
        me.threadElapsed = in.rt.threadElapsed;
        me.callbackBase = in.rt.callbackBase;
        me.inSleepHook = in.rt.inSleepHook;
        me.context = ContextVars.currentContext(in);
        me.trace = SysTrace.detach(in);
        synchronized (baton) {
            holder = to;
            baton.notifyAll();
            while (holder != me) awaitBaton();
        }
        in.frame = me.frame;
        in.excInfo = me.excInfo;
        in.depth = me.depth;
        in.pendingKw = me.pendingKw;
        in.sendReturn = me.sendReturn;
        in.rt.threadElapsed = me.threadElapsed;
        in.rt.callbackBase = me.callbackBase;
        in.rt.inSleepHook = me.inSleepHook;
        ContextVars.setCurrentContext(in, me.context);
        SysTrace.attach(in, me.trace);
        me.trace = null;
        // Each turn starts a fresh time slice.
        in.sliceLeft = in.sliceWindows;
        if (me.ending) throw new Ended();
        if (me.index == 0 && failure != null) {
            Throwable f = failure;
            failure = null;
            if (f instanceof RuntimeException re) throw re;
            if (f instanceof Error er) throw er;
            throw new IllegalStateException(f);
        }
    }

    /**
     * The run is over: every thread still waiting ends without running more Python (as the
     * daemon threads of a CPython process that exits). Called on the main strand.
     */
    static void finish(Interp in) {
        Strands s = in.rt.extension(Strands.class);
        if (s == null) return;
        s.endAll();
    }

    private void endAll() {
        Strand main = all.get(0);
        synchronized (baton) {
            for (Strand s : all) {
                if (s == main || s.done) continue;
                s.ending = true;
                holder = s;
                baton.notifyAll();
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (!s.done && System.nanoTime() < deadline) {
                    try {
                        baton.wait(100);
                    } catch (InterruptedException e) {
                        break;
                    }
                }
            }
            holder = main;
        }
    }
}
