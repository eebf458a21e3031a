package dev.coroscope.engine.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * {@code int}: a {@code long} fast path with a {@link BigInteger} for values outside its range.
 * Invariant: {@code big != null} exactly when the value does not fit in a long, so two equal values
 * always have the same representation. Small values come from a cache.
 */
public class PyInt extends PyObject {

    public static final PyType TYPE = PyType.builtin("int", null, true, IntType::init);

    private static final int CACHE_LOW = -5;
    private static final int CACHE_HIGH = 1024;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = CACHE_LOW; i <= CACHE_HIGH; i++) CACHE[i - CACHE_LOW] = new PyInt(i);
    }

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** CPython's hash modulus 2**61 - 1. */
    static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(HASH_MODULUS);

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

    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) return CACHE[(int) v - CACHE_LOW];
        return new PyInt(v);
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) return of(b.longValue());
        if (b.bitLength() > Limits.MAX_INT_BITS) throw Exc.memoryError();
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
        double d = big.doubleValue();
        if (Double.isInfinite(d)) throw Exc.overflowError("int too large to convert to float");
        return d;
    }

    @Override
    public PyInt asIndex() {
        return this;
    }

    @Override
    public String repr() {
        if (big == null) return Long.toString(v);
        if (big.bitLength() > 14300) {
            // CPython 3.11 refuses to convert ints of more than 4300 digits to text.
            String s = big.abs().toString();
            if (s.length() > 4300) {
                throw Exc.valueError("Exceeds the limit (4300 digits) for integer string conversion; "
                        + "use sys.set_int_max_str_digits() to increase the limit");
            }
        }
        return big.toString();
    }

    @Override
    public PyObject format(String spec) {
        return new PyStr(Formatting.formatInt(this, spec));
    }

    @Override
    public long hash() {
        if (big == null) {
            long h;
            if (v >= 0) h = v % HASH_MODULUS;
            else if (v == Long.MIN_VALUE) h = -(BigInteger.valueOf(v).negate().mod(BIG_MODULUS).longValue());
            else h = -((-v) % HASH_MODULUS);
            return h == -1 ? -2 : h;
        }
        long h = big.abs().mod(BIG_MODULUS).longValue();
        if (big.signum() < 0) h = -h;
        return h == -1 ? -2 : h;
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
            else c = toBig().compareTo(o.toBig());
            return PyBool.of(Ops.cmpResult(c, op));
        }
        if (other instanceof PyFloat f) {
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
        if (b.signum() == 0) throw Exc.zeroDivision("division by zero");
        if (a.big == null && b.big == null && Math.abs(a.v) < (1L << 53) && Math.abs(b.v) < (1L << 53)) {
            return (double) a.v / (double) b.v;
        }
        BigDecimal q = new BigDecimal(a.toBig()).divide(new BigDecimal(b.toBig()), MathContext.DECIMAL128);
        double d = q.doubleValue();
        if (Double.isInfinite(d)) throw Exc.overflowError("integer division result too large for a float");
        return d;
    }
}
