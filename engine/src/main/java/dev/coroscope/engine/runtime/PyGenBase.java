package dev.coroscope.engine.runtime;

import dev.coroscope.engine.compiler.Opcode;
import dev.coroscope.engine.vm.ExcInfo;
import dev.coroscope.engine.vm.Frame;
import dev.coroscope.engine.vm.Interp;
import java.util.function.Consumer;

/**
 * What generators, coroutines and async generators share: a frame that survives between
 * resumptions, the running flag, and {@code send}/{@code throw}/{@code close} with CPython's rules
 * (including delegation to the object a {@code yield from}/{@code await} is waiting on).
 */
public abstract class PyGenBase extends PyObject implements OwnId {

    /** The states of {@code inspect.getgeneratorstate}/{@code getcoroutinestate}. */
    public enum State { CREATED, RUNNING, SUSPENDED, CLOSED }

    public final Frame frame;
    public String name;
    public String qualname;
    public boolean running;
    /** The frame has finished (returned, raised, or was closed): no further resumption. */
    public boolean finished;
    /**
     * A coroutine of library code (asyncio.to_thread's, shutdown_default_executor's) that a task
     * runs: its state changes are traced like the program's own, so the task's card shows them;
     * its lines and calls stay hidden.
     */
    public boolean shownAsTask;
    /** This generator's "exception being handled", linked into the thread's chain while running. */
    public final ExcInfo excState = new ExcInfo();
    /** Stable per-run identity for the tracer. */
    public final int id;
    /** The Python id() once asked (see {@link OwnId}), else 0. */
    private long pyId;

    protected PyGenBase(Frame frame, String name, String qualname, int id) {
        this.frame = frame;
        this.name = name;
        this.qualname = qualname;
        this.id = id;
        frame.gen = this;
    }

    @Override
    public long ownId() {
        return pyId;
    }

    @Override
    public void setOwnId(long id) {
        pyId = id;
    }

    /** "generator", "coroutine" or "async generator" (for messages). */
    public abstract String kindName();

    public State state() {
        if (finished) return State.CLOSED;
        if (running) return State.RUNNING;
        if (!frame.started) return State.CREATED;
        return State.SUSPENDED;
    }

    /** The object a suspended {@code yield from}/{@code await} delegates to, or null. */
    public PyObject yieldFrom() {
        if (finished || running || !frame.started) return null;
        int prev = frame.code.code[frame.ip - 1];
        if ((prev & PyCode.OP_MASK) == Opcode.YIELD_VALUE && (prev >>> 8) == 1) return frame.fast[frame.sp - 1];
        return null;
    }

    /** {@code send(value)}: the next yielded value; StopIteration when it returns. */
    public PyObject send(PyObject value) {
        Interp in = Interp.current();
        PyObject r = in.resume(this, value, null);
        if (finished) throw stopFor(r);
        return r;
    }

    /** The exception that reports a return value to the Java caller of send/throw. */
    protected PyError stopFor(PyObject value) {
        return Exc.stopIteration(value == PyNone.INSTANCE ? null : value);
    }

    /** {@code throw(exc)} with CPython's delegation to a {@code yield from} target. */
    public PyObject throwInto(PyBaseException exc, boolean closing) {
        return throwImpl(null, exc, closing);
    }

    /**
     * {@code throw(*args)} from Python: the arguments travel down the {@code yield from} chain
     * as given and are checked where they are finally thrown (as CPython's {@code _gen_throw}),
     * so a malformed throw into a delegating generator raises its TypeError inside the
     * delegating frame, and a delegate's own {@code throw} method receives them unchanged.
     */
    public PyObject throwInto(PyObject[] args) {
        if (args.length == 0) throw Exc.typeError("throw expected at least 1 argument, got 0");
        if (args.length > 3) throw Exc.typeError("throw expected at most 3 arguments, got " + args.length);
        return throwImpl(args, null, false);
    }

    private PyObject throwImpl(PyObject[] rawArgs, PyBaseException given, boolean closing) {
        Interp in = Interp.current();
        PyBaseException exc = given;
        PyObject yf = yieldFrom();
        if (yf != null) {
            PyObject ret;
            if (closing && exc.isInstance(Exc.GeneratorExit)) {
                running = true;
                try {
                    closeIter(yf);
                } finally {
                    running = false;
                }
                return resumeWithError(in, exc);
            }
            PyObject meth = null;
            if (!(yf instanceof PyGenBase) && !(yf instanceof PyCoroutineWrapper)) {
                meth = Ops.getAttrOrNull(yf, PyStr.intern("throw"));
                if (meth == null) return resumeWithError(in, exc != null ? exc : throwArgs(rawArgs));
            }
            running = true;
            try {
                if (yf instanceof PyGenBase g) {
                    ret = g.throwImpl(rawArgs, exc, closing);
                } else if (yf instanceof PyCoroutineWrapper w) {
                    ret = ((PyGenBase) w.coro).throwImpl(rawArgs, exc, closing);
                } else {
                    ret = rawArgs != null ? Ops.call(meth, rawArgs) : Ops.call(meth, exc);
                }
            } catch (PyError e) {
                running = false;
                // The delegate finished: leave the yield-from loop and continue after it.
                frame.sp--;
                int sendIp = frame.ip - 2;
                int target = frame.code.code[sendIp] >>> 8;
                frame.ip = target;
                if (e.exc.isInstance(Exc.StopIteration)) {
                    PyObject val = Ops.getAttr(e.exc, "value");
                    PyObject r = in.resumeAfterDelegate(this, val, null);
                    if (finished) throw stopFor(r);
                    return r;
                }
                PyObject r = in.resumeAfterDelegate(this, null, e);
                if (finished) throw stopFor(r);
                return r;
            } finally {
                running = false;
            }
            return ret;
        }
        return resumeWithError(in, exc != null ? exc : throwArgs(rawArgs));
    }

    private PyObject resumeWithError(Interp in, PyBaseException exc) {
        PyObject r = in.resume(this, null, exc);
        if (finished) throw stopFor(r);
        return r;
    }

    private static void closeIter(PyObject yf) {
        if (yf instanceof PyGenBase g) {
            g.close();
            return;
        }
        if (yf instanceof PyCoroutineWrapper w) {
            w.coro.close();
            return;
        }
        PyObject m = Ops.getAttrOrNull(yf, PyStr.intern("close"));
        if (m != null) Ops.call(m);
    }

    /** {@code close()}: GeneratorExit at the suspension point; None when it is honoured. */
    public PyObject close() {
        if (finished) return PyNone.INSTANCE;
        if (!frame.started && !running && !closeRunsFrame()) {
            markFinished();
            return PyNone.INSTANCE;
        }
        PyBaseException ge = new PyBaseException(Exc.GeneratorExit, PyTuple.EMPTY);
        try {
            throwInto(ge, true);
        } catch (PyError e) {
            if (e.exc.isInstance(Exc.GeneratorExit) || e.exc.isInstance(Exc.StopIteration)) {
                Interp.current().rt.lifetime.generatorClosed(this);
                return PyNone.INSTANCE;
            }
            throw e;
        }
        throw Exc.runtimeError(kindName() + " ignored GeneratorExit");
    }

    private static boolean closeRunsFrame() {
        dev.coroscope.engine.vm.Tracer t = Interp.current().tracer;
        return t != null && t.runsUnstartedClose();
    }

    /** Marks the generator closed without running anything (close of an unstarted one). */
    public void markFinished() {
        finished = true;
        Interp.current().genFinished(this);
    }

    /** Normalises the arguments of {@code throw(type[, value[, tb]])}. */
    public static PyBaseException throwArgs(PyObject[] args) {
        if (args.length == 0) throw Exc.typeError("throw expected at least 1 argument, got 0");
        if (args.length > 3) throw Exc.typeError("throw expected at most 3 arguments, got " + args.length);
        PyObject typ = args[0];
        PyObject val = args.length > 1 ? args[1] : PyNone.INSTANCE;
        if (args.length > 2 && args[2] != PyNone.INSTANCE && !(args[2] instanceof PyTraceback)) {
            throw Exc.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException e;
        if (typ instanceof PyType t && t.isSubtypeOf(Exc.BaseException)) {
            if (val instanceof PyBaseException ve && ve.isInstance(t)) {
                e = ve;
            } else {
                PyObject made = val == PyNone.INSTANCE ? Ops.call(t) : val instanceof PyTuple tv ? Ops.call(t, tv.items(), null) : Ops.call(t, val);
                if (!(made instanceof PyBaseException me)) {
                    throw Exc.typeError("calling " + t.repr() + " should have returned an instance of BaseException, not " + made.getType().tpName());
                }
                e = me;
            }
        } else if (typ instanceof PyBaseException inst) {
            if (val != PyNone.INSTANCE) throw Exc.typeError("instance exception may not have a separate value");
            e = inst;
        } else {
            throw Exc.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + typ.getType().tpName());
        }
        if (args.length > 2 && args[2] instanceof PyTraceback tb) e.traceback = tb;
        return e;
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        if (!finished) v.accept(frame);
    }
}
