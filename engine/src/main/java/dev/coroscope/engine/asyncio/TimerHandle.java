package dev.coroscope.engine.asyncio;

import dev.coroscope.engine.runtime.*;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code asyncio.events.TimerHandle}: a callback due at virtual time {@code when}, waiting in the
 * loop's timer heap until {@code runOnce} moves it to the ready queue.
 *
 * <p>Heap order: by {@code when}. Deadlines computed by {@code call_later} from the virtual clock
 * can be exactly equal where CPython's, read from a real clock a few microseconds apart, are
 * not; such ties keep creation order ({@link #seq}), as CPython's real clock would. Ties between
 * two {@code call_at} deadlines are left to the heap algorithm, exactly as {@code heapq} leaves
 * them.
 *
 * <p>{@code call_at} keeps the deadline object it was given, as CPython's {@code _when}: an int
 * stays an int in {@code when()} and the repr, a Fraction compares as a Fraction, and a deadline
 * that is not a number ({@link #pyWhen} non-null and {@link #numeric} false) fails with
 * CPython's TypeError wherever the heap or the loop compares it, not when it is scheduled.
 */
public final class TimerHandle extends Handle {

    static final PyType TYPE = PyType.builtin("asyncio.events", "TimerHandle", Handle.TYPE, false, new Consumer<PyType>() { public void accept(PyType t) {
        // TimerHandle(when, callback, args, loop, context=None) by hand: not in the loop's heap.
        t.setNew((cls, a, k) -> {
            PyObject[] p = params("TimerHandle", new String[] {"when", "callback", "args", "loop", "context"}, 4, a, k);
            EventLoop loop = loopParam(p[3]);
            PyObject when = p[0];
            boolean numeric = when instanceof PyFloat || (when instanceof PyInt i && i.big == null);
            double w = numeric ? EventLoop.number(when) : Double.NaN;
            TimerHandle h = new TimerHandle(loop, w, when instanceof PyFloat ? null : when, numeric, p[1], argsParam(p[2]), -1, false);
            h.argsNone = p[2] == PyNone.INSTANCE;
            h.setContext(p[4]);
            return h;
        });
        t.method0("when", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((TimerHandle) s).whenObject();
        }});
        t.method0("cancel", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            ((TimerHandle) s).cancel();
            return PyNone.INSTANCE;
        }});
        t.getter("_when", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((TimerHandle) s).whenObject();
        }});
        t.getter("_scheduled", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((TimerHandle) s).scheduled);
        }});
    }});

    /** The deadline as a double (NaN when {@link #pyWhen} is not a number). */
    final double when;
    /** The deadline object given to call_at when it is not a float; null means {@code new PyFloat(when)}. */
    final PyObject pyWhen;
    /** Ordered by {@link #when} alone; false when the deadline must be compared as a Python object. */
    final boolean numeric;
    /** Creation order, for ties between relative deadlines. */
    final long seq;
    /** Made by call_later (a relative delay), not call_at. */
    final boolean relative;
    /** Still in the heap. */
    boolean scheduled;

    TimerHandle(EventLoop loop, double when, PyObject callback, PyObject[] args, long seq, boolean relative) {
        this(loop, when, null, true, callback, args, seq, relative);
    }

    TimerHandle(EventLoop loop, double when, PyObject pyWhen, boolean numeric, PyObject callback, PyObject[] args,
            long seq, boolean relative) {
        super(loop, callback, args);
        this.when = when;
        this.pyWhen = pyWhen;
        this.numeric = numeric;
        this.seq = seq;
        this.relative = relative;
    }

    PyObject whenObject() {
        return pyWhen != null ? pyWhen : new PyFloat(when);
    }

    /** {@code self._when OP other} as Python evaluates it (may raise CPython's TypeError). */
    boolean whenCompare(PyObject other, int op) {
        return Ops.isTrue(Ops.richCompare(whenObject(), other, op));
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The heap's "less than" (TimerHandle.__lt__, plus creation order for relative ties). */
    boolean before(TimerHandle o) {
        if (!numeric || !o.numeric) return whenCompare(o.whenObject(), Ops.LT);
        if (when != o.when) return when < o.when;
        return (relative || o.relative) && seq < o.seq;
    }

    /**
     * CPython's TimerHandle ordering: {@code <} and {@code >} by deadline only; {@code ==} also
     * needs the same callback, arguments and cancelled state ({@code <=} is {@code <} or {@code ==}).
     */
    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof TimerHandle o)) return PyNotImplemented.INSTANCE;
        if (!numeric || !o.numeric) {
            PyObject w = o.whenObject();
            return PyBool.of(switch (op) {
                case Ops.LT -> whenCompare(w, Ops.LT);
                case Ops.GT -> whenCompare(w, Ops.GT);
                case Ops.LE -> whenCompare(w, Ops.LT) || same(o);
                case Ops.GE -> whenCompare(w, Ops.GT) || same(o);
                case Ops.EQ -> same(o);
                default -> !same(o);
            });
        }
        return PyBool.of(switch (op) {
            case Ops.LT -> when < o.when;
            case Ops.GT -> when > o.when;
            case Ops.LE -> when < o.when || same(o);
            case Ops.GE -> when > o.when || same(o);
            case Ops.EQ -> same(o);
            default -> !same(o);
        });
    }

    private boolean same(TimerHandle o) {
        if (this == o) return true;
        if (!numeric || !o.numeric) {
            if (!whenCompare(o.whenObject(), Ops.EQ)) return false;
        } else if (when != o.when) {
            return false;
        }
        if (cancelled != o.cancelled || kind != o.kind) return false;
        if (callback == null || o.callback == null) return callback == o.callback && args == o.args;
        return Ops.eq(callback, o.callback) && Ops.eq(PyTuple.of(args), PyTuple.of(o.args));
    }

    @Override
    public long hash() {
        return Ops.hash(whenObject());
    }

    @Override
    public void cancel() {
        if (cancelled) return;
        loop.timerCancelled(this);
        super.cancel();
    }

    @Override
    String typeName() {
        return "TimerHandle";
    }

    @Override
    void reprExtra(StringBuilder sb) {
        sb.append(" when=").append(Ops.str(whenObject()));
    }
}
