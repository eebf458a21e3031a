package dev.coroscope.engine.runtime;

import dev.coroscope.engine.runtime.num.IntOps;
import dev.coroscope.engine.runtime.num.PyHash;
import dev.coroscope.engine.runtime.text.PythonError;
import java.math.BigInteger;
import java.util.function.Consumer;

/**
 * {@code int}: a {@code long} fast path with a {@link BigInteger} for values outside its range.
 * Invariant: {@code big != null} exactly when the value does not fit in a long, so two equal values
 * always have the same representation. Small values come from a cache. Instances of user
 * subclasses of int are {@link Sub}s (never cached); arithmetic on them gives plain ints, as in CPython.
 */
public class PyInt extends PyObject {

    public static final PyType TYPE = PyType.builtin("int", null, true, new Consumer<PyType>() { public void accept(PyType x) {
        IntType.init(x);
    }});

    private static final int CACHE_LOW = -5;
    private static final int CACHE_HIGH = 256;  // CPython's small-int cache: -5..256 (`is` shows it)
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = CACHE_LOW; i <= CACHE_HIGH; i++) CACHE[i - CACHE_LOW] = new PyInt(i);
    }

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    public final long v;
    public final BigInteger big;

    PyInt(long v) {
        this.v = v;
        this.big = null;
    }

    private PyInt(BigInteger big) {
        this.v = 0;
        this.big = big;
    }

    /** For subclasses: the same value representation as {@link #of(BigInteger)} would choose. */
    PyInt(PyInt value) {
        this.v = value.v;
        this.big = value.big;
    }

    /** An instance of a user subclass of int (or of bool's parent chain): its own type and attributes. */
    static final class Sub extends PyInt {
        private final PyType type;
        private PyDict dict;

        Sub(PyType type, PyInt value) {
            super(value);
            this.type = type;
            this.dict = type.instanceDict() ? new PyDict() : null;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }
    }

    /** {@code value} as an instance of {@code cls} (int itself or a user subclass). */
    public static PyInt ofType(PyType cls, PyInt value) {
        if (cls == TYPE) return value.getClass() == PyInt.class ? value : (value.big != null ? of(value.big) : of(value.v));
        return new Sub(cls, value);
    }

    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) return CACHE[(int) v - CACHE_LOW];
        return new PyInt(v);
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) return of(b.longValue());
        if (b.bitLength() > Limits.MAX_INT_BITS) throw Exc.memoryError();
        // Counted after the fact: what built it (a loop of small steps) had no size to announce.
        dev.coroscope.engine.runtime.num.MemoryCap.reserve(b.bitLength() >> 3);
        return new PyInt(b);
    }

    public static final PyInt ZERO = of(0);
    public static final PyInt ONE = of(1);

    @Override
    public PyType getType() {
        return TYPE;
    }

    public boolean isBig() {
        return big != null;
    }

    public BigInteger toBig() {
        return big != null ? big : BigInteger.valueOf(v);
    }

    /** The value as a long, or {@code fallback} (keeping the sign) when it does not fit. */
    public long longValueOr(long fallback) {
        if (big == null) return v;
        return big.signum() < 0 ? -fallback : fallback;
    }

    /** The value as an int index, raising OverflowError/IndexError as CPython does for sizes. */
    public int intValueExact(String what) {
        if (big == null && v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) return (int) v;
        throw Exc.overflowError("Python int too large to convert to C ssize_t");
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(v);
    }

    public double toDouble() {
        if (big == null) return v;
        try {
            return IntOps.toDouble(big);
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }

    @Override
    public PyInt asIndex() {
        return this;
    }

    @Override
    public String repr() {
        if (big == null) return Long.toString(v);
        return Formatting.intRepr(big);
    }

    @Override
    public PyObject format(String spec) {
        // An empty spec means str(self), which a subclass may override.
        if (spec.isEmpty() && getType().isHeap()) return PyStr.of(Ops.str(this));
        return new PyStr(Formatting.formatInt(this, spec, getType().name()));
    }

    @Override
    public long hash() {
        return big == null ? PyHash.hashLong(v) : PyHash.hashBig(big);
    }

    @Override
    public boolean isTrue() {
        return big != null || v != 0;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (other instanceof PyInt o) {
            int c;
            if (big == null && o.big == null) c = Long.compare(v, o.v);
            // A big value is outside the range of a long, so its sign orders it against a small one.
            else if (o.big == null) c = big.signum();
            else if (big == null) c = -o.big.signum();
            else c = big.compareTo(o.big);
            return PyBool.of(Ops.cmpResult(c, op));
        }
        if (other instanceof PyFloat f) {
            // NaN is unordered: only != holds.
            if (Double.isNaN(f.value)) return PyBool.of(op == Ops.NE);
            return PyBool.of(Ops.cmpResult(-PyFloat.compareWithInt(f.value, this), op));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (!(other instanceof PyInt o)) return PyNotImplemented.INSTANCE;
        return IntMath.op(op, this, o);
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        if (!(other instanceof PyInt o)) return PyNotImplemented.INSTANCE;
        return IntMath.op(op, o, this);
    }

    @Override
    public PyObject unaryOp(int op) {
        switch (op) {
            case Ops.NEG:
                if (big == null && v != Long.MIN_VALUE) return of(-v);
                return of(toBig().negate());
            case Ops.POS:
                return getClass() == PyInt.class ? this : (big != null ? of(big) : of(v));
            case Ops.INVERT:
                if (big == null) return of(~v);
                return of(big.not());
            default:
                return null;
        }
    }

    /** Exact division to a correctly rounded double, as CPython's int true division. */
    static double trueDivide(PyInt a, PyInt b) {
        try {
            if (a.big == null && b.big == null) return IntOps.trueDivide(a.v, b.v);
            return IntOps.trueDivide(a.toBig(), b.toBig());
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }
}
