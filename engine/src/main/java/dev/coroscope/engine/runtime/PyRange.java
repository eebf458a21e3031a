package dev.coroscope.engine.runtime;

import dev.coroscope.engine.vm.Interp;
import java.math.BigInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code range}: start, stop, step and length kept as longs when all four fit; otherwise (say
 * {@code range(10 ** 30)}) also as BigIntegers in {@link #big}, for the operations that work on
 * such ranges in CPython (attributes, repr, equality, hashing, {@code in}, indexing, iteration;
 * {@code len()} raises OverflowError as CPython's does past 2**63 - 1).
 */
public final class PyRange extends PyObject {

    public static final PyType TYPE = PyType.builtin("range", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            Args.noKeywords("range", kw);
            if (args.length == 0) throw Exc.typeError("range expected at least 1 argument, got 0");
            if (args.length > 3) throw Exc.typeError("range expected at most 3 arguments, got " + args.length);
            PyInt start = PyInt.ZERO, stop, step = PyInt.ONE;
            if (args.length == 1) {
                stop = toInt(args[0]);
            } else {
                start = toInt(args[0]);
                stop = toInt(args[1]);
                if (args.length == 3) step = toInt(args[2]);
            }
            if (step.signum() == 0) throw Exc.valueError("range() arg 3 must not be zero");
            if (small(start) && small(stop) && small(step)) return new PyRange(start.v, stop.v, step.v);
            return of(start.toBig(), stop.toBig(), step.toBig());
        }});
        t.member("start", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyRange) s).big != null ? PyInt.of(((PyRange) s).big.start) : PyInt.of(((PyRange) s).start);
        }});
        t.member("stop", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyRange) s).big != null ? PyInt.of(((PyRange) s).big.stop) : PyInt.of(((PyRange) s).stop);
        }});
        t.member("step", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyRange) s).big != null ? PyInt.of(((PyRange) s).big.step) : PyInt.of(((PyRange) s).step);
        }});
        Slots.bool(t);
        Slots.len(t);
        Slots.getitem(t);
        Slots.contains(t);
        Slots.iter(t);
        t.method1("index", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject v) {
            PyRange r = (PyRange) s;
            if (r.big != null && v instanceof PyInt i && r.big.contains(i.toBig())) {
                return PyInt.of(i.toBig().subtract(r.big.start).divide(r.big.step));
            }
            if (r.big == null && v instanceof PyInt i && !i.isBig() && r.containsLong(i.v)) return PyInt.of((i.v - r.start) / r.step);
            throw Exc.valueError(Ops.repr(v) + " is not in range");
        }});
        t.method1("count", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject v) {
            return PyInt.of(((PyRange) s).contains(v) ? 1 : 0);
        }});
        t.method0("__reversed__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyRange) s).reversedIter();
        }});
    }});

    public final long start;
    public final long stop;
    public final long step;
    public final long length;
    /** The exact values when one of them does not fit in a long (then the long fields are unused); else null. */
    final Big big;

    /** start, stop, step and length of a range beyond 64 bits. */
    record Big(BigInteger start, BigInteger stop, BigInteger step, BigInteger length) {
        boolean contains(BigInteger v) {
            boolean inside = step.signum() > 0 ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0
                    : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
            return inside && v.subtract(start).mod(step.abs()).signum() == 0;
        }
    }

    /**
     * Below 2**61 in size, start, stop and step give a length and a last value that fit in a long
     * (what {@link #of} checks with BigIntegers), so {@code range(20)} in a loop needs none.
     */
    private static boolean small(PyInt i) {
        return i.big == null && i.v > -(1L << 61) && i.v < (1L << 61);
    }

    /** The range of these bounds (step not zero), in longs when they and the length fit. */
    static PyRange of(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger n;
        if (step.signum() > 0) {
            n = start.compareTo(stop) < 0 ? stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE) : BigInteger.ZERO;
        } else {
            n = start.compareTo(stop) > 0 ? start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE) : BigInteger.ZERO;
        }
        if (start.bitLength() < 64 && stop.bitLength() < 64 && step.bitLength() < 64 && n.bitLength() < 64
                && stop.subtract(start).bitLength() < 64 && start.add(n.multiply(step)).bitLength() < 64) {
            return new PyRange(start.longValue(), stop.longValue(), step.longValue());
        }
        return new PyRange(new Big(start, stop, step, n));
    }

    private PyRange(Big big) {
        this.big = big;
        this.start = 0;
        this.stop = 0;
        this.step = 1;
        this.length = 0;
    }

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) n = start < stop ? (stop - start - 1) / step + 1 : 0;
        else n = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        this.length = n;
        this.big = null;
    }

    private static PyInt toInt(PyObject o) {
        PyInt i = o.asIndex();
        if (i == null) {
            i = Ops.indexOrNull(o);
            if (i == null) {
                throw Exc.typeError("'" + o.getType().tpName() + "' object cannot be interpreted as an integer");
            }
        }
        return i;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        if (big != null) {
            return "range(" + big.start + ", " + big.stop + (big.step.equals(BigInteger.ONE) ? "" : ", " + big.step) + ")";
        }
        if (step == 1) return "range(" + start + ", " + stop + ")";
        return "range(" + start + ", " + stop + ", " + step + ")";
    }

    @Override
    public long hash() {
        if (big != null) {
            return PyTuple.of(PyInt.of(big.length), big.length.signum() == 0 ? PyNone.INSTANCE : PyInt.of(big.start),
                    big.length.equals(BigInteger.ONE) ? PyNone.INSTANCE : PyInt.of(big.step)).hash();
        }
        return PyTuple.of(PyInt.of(length), length == 0 ? PyNone.INSTANCE : PyInt.of(start),
                length <= 1 ? PyNone.INSTANCE : PyInt.of(step)).hash();
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyRange o) || (op != Ops.EQ && op != Ops.NE)) return PyNotImplemented.INSTANCE;
        if (big != null || o.big != null) {
            Big a = exact(), b = o.exact();
            boolean eq = a.length.equals(b.length) && (a.length.signum() == 0
                    || (a.start.equals(b.start) && (a.length.equals(BigInteger.ONE) || a.step.equals(b.step))));
            return PyBool.of(op == Ops.EQ ? eq : !eq);
        }
        boolean eq = length == o.length && (length == 0 || (start == o.start && (length == 1 || step == o.step)));
        return PyBool.of(op == Ops.EQ ? eq : !eq);
    }

    @Override
    public boolean isTrue() {
        return big != null ? big.length.signum() != 0 : length != 0;
    }

    @Override
    public boolean hasLength() {
        return true;
    }

    @Override
    public int length() {
        long n = lengthLong();
        if (n > Integer.MAX_VALUE) throw Exc.overflowError("Python int too large to convert to C ssize_t");
        return (int) n;
    }

    /** The exact length up to {@code sys.maxsize}, as {@code len()} gives it. */
    @Override
    public long lengthLong() {
        if (big == null) return length;
        if (big.length.bitLength() < 64) return big.length.longValue();
        throw Exc.overflowError("Python int too large to convert to C ssize_t");
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
        if (big != null) {
            if (item instanceof PyInt i) return big.contains(i.toBig());
            for (PyObject it = iter(), v; (v = it.next()) != null; ) {
                Interp.current().tickItem();
                if (Ops.eq(v, item)) return true;
            }
            return false;
        }
        if (item instanceof PyInt i) return !i.isBig() && containsLong(i.v);
        for (long k = 0; k < length; k++) if (Ops.eq(PyInt.of(start + k * step), item)) return true;
        return false;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (big != null && !(key instanceof PySlice)) {
            PyInt i = key.asIndex();
            if (i == null) throw Exc.typeError("range indices must be integers or slices, not " + key.getType().tpName());
            BigInteger k = i.toBig();
            if (k.signum() < 0) k = k.add(big.length);
            if (k.signum() < 0 || k.compareTo(big.length) >= 0) throw Exc.indexError("range object index out of range");
            return PyInt.of(big.start.add(k.multiply(big.step)));
        }
        if (key instanceof PySlice s) {
            if (big != null || length > Integer.MAX_VALUE) return sliceExact(s);
            long[] r = s.indices(length());
            // The slice's bounds and step may pass 64 bits (range(-5, 0, 2**62)[::-2][:2]): of() decides.
            BigInteger st = big(step);
            return of(big(start).add(big(r[0]).multiply(st)), big(start).add(big(r[1]).multiply(st)), st.multiply(big(r[2])));
        }
        PyInt i = key.asIndex();
        if (i == null) throw Exc.typeError("range indices must be integers or slices, not " + key.getType().tpName());
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
        if (big != null) return new BigRangeIterator(big.start, big.step, big.length);
        return new PyIterators.RangeIterator(start, step, length);
    }

    /**
     * A slice of a range too long for the int-sized slice arithmetic ({@code range(2**64)[::2]}):
     * the slice's bounds are clamped exactly as CPython does for any length, in BigIntegers.
     */
    private PyRange sliceExact(PySlice s) {
        Big b = exact();
        BigInteger st = s.step == PyNone.INSTANCE ? BigInteger.ONE : Ops.indexForSlice(s.step).toBig();
        if (st.signum() == 0) throw Exc.valueError("slice step cannot be zero");
        BigInteger lower = st.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = st.signum() < 0 ? b.length.subtract(BigInteger.ONE) : b.length;
        BigInteger lo = s.start == PyNone.INSTANCE ? (st.signum() < 0 ? upper : lower) : clamp(s.start, b.length, lower, upper);
        BigInteger hi = s.stop == PyNone.INSTANCE ? (st.signum() < 0 ? lower : upper) : clamp(s.stop, b.length, lower, upper);
        return of(b.start.add(lo.multiply(b.step)), b.start.add(hi.multiply(b.step)), b.step.multiply(st));
    }

    private static BigInteger clamp(PyObject bound, BigInteger length, BigInteger lower, BigInteger upper) {
        BigInteger v = Ops.indexForSlice(bound).toBig();
        if (v.signum() < 0) v = v.add(length);
        if (v.compareTo(lower) < 0) return lower;
        return v.compareTo(upper) > 0 ? upper : v;
    }

    /** {@code reversed(r)}: a range iterator from the last value down, as CPython's range gives. */
    private PyObject reversedIter() {
        if (big == null && step != Long.MIN_VALUE) {
            return new PyIterators.RangeIterator(length == 0 ? start : start + (length - 1) * step, -step, length);
        }
        Big b = exact();
        BigInteger last = b.start.add(b.length.subtract(BigInteger.ONE).max(BigInteger.ZERO).multiply(b.step));
        return new BigRangeIterator(last, b.step.negate(), b.length);
    }

    /** This range's values as BigIntegers. */
    private Big exact() {
        return big != null ? big : new Big(big(start), big(stop), big(step), big(length));
    }

    static final PyType LONG_RANGE_ITERATOR = PyIterators.iteratorType("longrange_iterator");

    /** Iterator over a range beyond 64 bits (CPython's {@code longrange_iterator}). */
    static final class BigRangeIterator extends PyIterators.Base {
        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;

        BigRangeIterator(BigInteger start, BigInteger step, BigInteger length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public PyType getType() {
            return LONG_RANGE_ITERATOR;
        }

        @Override
        public PyObject next() {
            if (remaining.signum() <= 0) return null;
            remaining = remaining.subtract(BigInteger.ONE);
            BigInteger v = next;
            next = next.add(step);
            return PyInt.of(v);
        }

        @Override
        public int lengthHint() {
            return remaining.bitLength() < 31 ? remaining.intValue() : Integer.MAX_VALUE;
        }
    }

    static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }
}
