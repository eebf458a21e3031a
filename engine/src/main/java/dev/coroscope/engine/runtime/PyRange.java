package dev.coroscope.engine.runtime;

import java.math.BigInteger;

/** {@code range}: start, stop and step kept as longs (big ranges are not supported). */
public final class PyRange extends PyObject {

    public static final PyType TYPE = PyType.builtin("range", null, false, t -> {
        t.setNew((cls, args, kw) -> {
            Args.noKeywords("range", kw);
            if (args.length == 0) throw Exc.typeError("range expected at least 1 argument, got 0");
            if (args.length > 3) throw Exc.typeError("range expected at most 3 arguments, got " + args.length);
            long start = 0, stop, step = 1;
            if (args.length == 1) {
                stop = toLong(args[0]);
            } else {
                start = toLong(args[0]);
                stop = toLong(args[1]);
                if (args.length == 3) step = toLong(args[2]);
            }
            if (step == 0) throw Exc.valueError("range() arg 3 must not be zero");
            return new PyRange(start, stop, step);
        });
        t.getter("start", s -> PyInt.of(((PyRange) s).start));
        t.getter("stop", s -> PyInt.of(((PyRange) s).stop));
        t.getter("step", s -> PyInt.of(((PyRange) s).step));
        t.method1("index", (s, v) -> {
            PyRange r = (PyRange) s;
            if (v instanceof PyInt i && !i.isBig() && r.containsLong(i.v)) return PyInt.of((i.v - r.start) / r.step);
            throw Exc.valueError(Ops.repr(v) + " is not in range");
        });
        t.method1("count", (s, v) -> PyInt.of(((PyRange) s).contains(v) ? 1 : 0));
    });

    public final long start;
    public final long stop;
    public final long step;
    public final long length;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) n = start < stop ? (stop - start - 1) / step + 1 : 0;
        else n = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        this.length = n;
    }

    private static long toLong(PyObject o) {
        PyInt i = o.asIndex();
        if (i == null) {
            i = Ops.indexOrNull(o);
            if (i == null) {
                throw Exc.typeError("'" + o.getType().name() + "' object cannot be interpreted as an integer");
            }
        }
        if (i.isBig()) throw Exc.overflowError("Python int too large to convert to C ssize_t");
        return i.v;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        if (step == 1) return "range(" + start + ", " + stop + ")";
        return "range(" + start + ", " + stop + ", " + step + ")";
    }

    @Override
    public long hash() {
        return PyTuple.of(PyInt.of(length), length == 0 ? PyNone.INSTANCE : PyInt.of(start),
                length <= 1 ? PyNone.INSTANCE : PyInt.of(step)).hash();
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyRange o) || (op != Ops.EQ && op != Ops.NE)) return PyNotImplemented.INSTANCE;
        boolean eq = length == o.length && (length == 0 || (start == o.start && (length == 1 || step == o.step)));
        return PyBool.of(op == Ops.EQ ? eq : !eq);
    }

    @Override
    public boolean isTrue() {
        return length != 0;
    }

    @Override
    public boolean hasLength() {
        return true;
    }

    @Override
    public int length() {
        if (length > Integer.MAX_VALUE) throw Exc.overflowError("Python int too large to convert to C ssize_t");
        return (int) length;
    }

    boolean containsLong(long v) {
        if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) return false;
        return (v - start) % step == 0;
    }

    @Override
    public boolean hasContains() {
        return true;
    }

    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PyInt i) return !i.isBig() && containsLong(i.v);
        for (long k = 0; k < length; k++) if (Ops.eq(PyInt.of(start + k * step), item)) return true;
        return false;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) {
            long[] r = s.indices(length());
            return new PyRange(start + r[0] * step, start + r[1] * step, step * r[2]);
        }
        PyInt i = key.asIndex();
        if (i == null) throw Exc.typeError("range indices must be integers or slices, not " + key.getType().name());
        long k = i.longValueOr(Long.MAX_VALUE / 2);
        if (k < 0) k += length;
        if (k < 0 || k >= length) throw Exc.indexError("range object index out of range");
        return PyInt.of(start + k * step);
    }

    @Override
    public boolean hasIter() {
        return true;
    }

    @Override
    public PyObject iter() {
        return new PyIterators.RangeIterator(start, step, length);
    }

    static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }
}
