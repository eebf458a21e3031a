package dev.coroscope.engine.runtime;

import java.util.function.Consumer;

/** {@code slice(start, stop, step)}. */
public final class PySlice extends PyObject {

    public static final PyType TYPE = PyType.builtin("slice", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        t.setNew((cls, args, kw) -> {
            Args.noKeywords("slice", kw);
            if (args.length == 0) throw Exc.typeError("slice expected at least 1 argument, got 0");
            Args.atMost("slice", args, 3);
            if (args.length == 1) return new PySlice(PyNone.INSTANCE, args[0], PyNone.INSTANCE);
            return new PySlice(args[0], args[1], args.length > 2 ? args[2] : PyNone.INSTANCE);
        });
        t.member("start", s -> ((PySlice) s).start);
        t.member("stop", s -> ((PySlice) s).stop);
        t.member("step", s -> ((PySlice) s).step);
        t.method1("indices", (s, n) -> {
            long[] r = ((PySlice) s).indices(Ops.index(n).intValueExact("length"));
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
        });
    }});

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "slice(" + Ops.repr(start) + ", " + Ops.repr(stop) + ", " + Ops.repr(step) + ")";
    }

    @Override
    public long hash() {
        throw Exc.typeError("unhashable type: 'slice'");
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PySlice o)) return PyNotImplemented.INSTANCE;
        return PyTuple.of(start, stop, step).richCompare(PyTuple.of(o.start, o.stop, o.step), op);
    }

    private static long clampIndex(PyObject o) {
        PyInt i = Ops.indexForSlice(o);
        if (!i.isBig()) return i.v;
        return i.signum() < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
    }

    /**
     * For a slice without a step ({@code s[a:b]}, the common case): {@code start << 32 | stop}
     * adjusted to a sequence of {@code length} items as {@link #indices} adjusts them (so
     * {@code 0 <= start <= length}, {@code 0 <= stop <= length}, and the slice has
     * {@code max(0, stop - start)} items), with the same conversions in the same order; -1 when
     * the slice has a step. No array per slice, unlike {@link #indices}.
     */
    public long unitRange(int length) {
        if (step != PyNone.INSTANCE) return -1;
        long lo = start == PyNone.INSTANCE ? 0 : clampIndex(start);
        if (lo < 0) {
            lo = Math.max(0, lo + length);
        } else if (lo > length) {
            lo = length;
        }
        long hi = stop == PyNone.INSTANCE ? length : clampIndex(stop);
        if (hi < 0) {
            hi = Math.max(0, hi + length);
        } else if (hi > length) {
            hi = length;
        }
        return lo << 32 | hi;
    }

    /** {start, stop, step, slicelength} adjusted to a sequence of {@code length} items. */
    public long[] indices(int length) {
        long st = step == PyNone.INSTANCE ? 1 : clampIndex(step);
        if (st == 0) throw Exc.valueError("slice step cannot be zero");
        long lo, hi;
        if (start == PyNone.INSTANCE) {
            lo = st < 0 ? length - 1 : 0;
        } else {
            lo = clampIndex(start);
            if (lo < 0) {
                lo += length;
                if (lo < 0) lo = st < 0 ? -1 : 0;
            } else if (lo >= length) {
                lo = st < 0 ? length - 1 : length;
            }
        }
        if (stop == PyNone.INSTANCE) {
            hi = st < 0 ? -1 : length;
        } else {
            hi = clampIndex(stop);
            if (hi < 0) {
                hi += length;
                if (hi < 0) hi = st < 0 ? -1 : 0;
            } else if (hi >= length) {
                hi = st < 0 ? length - 1 : length;
            }
        }
        long n;
        if (st < 0) n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        else n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        return new long[] {lo, hi, st, n};
    }

    @Override
    public void traverse(Consumer<PyObject> visitor) {
        visitor.accept(start);
        visitor.accept(stop);
        visitor.accept(step);
    }
}
