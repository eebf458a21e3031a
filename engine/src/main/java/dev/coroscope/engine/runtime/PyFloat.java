package dev.coroscope.engine.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** {@code float}: an IEEE double with Python's repr, hash, floor division and modulo. */
public final class PyFloat extends PyObject {

    public static final PyType TYPE = PyType.builtin("float", null, true, FloatType::init);

    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return Formatting.floatRepr(value);
    }

    @Override
    public PyObject format(String spec) {
        return new PyStr(Formatting.formatFloat(value, spec));
    }

    @Override
    public long hash() {
        return hashDouble(value, this);
    }

    /** CPython's {@code _Py_HashDouble}: equal to the int hash for integral values. */
    static long hashDouble(double v, PyObject self) {
        if (Double.isInfinite(v)) return v > 0 ? 314159 : -314159;
        if (Double.isNaN(v)) return Ops.identityHash(self);
        if (v == 0) return 0;
        // frexp: v = m * 2**e with 0.5 <= |m| < 1
        long bits = Double.doubleToRawLongBits(v);
        int exp = (int) ((bits >> 52) & 0x7ff);
        int adjust = 0;
        if (exp == 0) {
            v *= 0x1p54;
            bits = Double.doubleToRawLongBits(v);
            exp = (int) ((bits >> 52) & 0x7ff);
            adjust = -54;
        }
        int e = exp - 1022 + adjust;
        double m = Double.longBitsToDouble((bits & ~(0x7ffL << 52)) | (1022L << 52));
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long h = 0;
        final long P = PyInt.HASH_MODULUS;
        while (m != 0) {
            h = ((h << 28) & P) | h >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            h += y;
            if (h >= P) h -= P;
        }
        e = e >= 0 ? e % 61 : 60 - ((-1 - e) % 61);
        h = ((h << e) & P) | h >>> (61 - e);
        h = h * sign;
        if (h == -1) h = -2;
        return h;
    }

    @Override
    public boolean isTrue() {
        return value != 0.0;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (other instanceof PyFloat f) {
            double a = value, b = f.value;
            switch (op) {
                case Ops.LT: return PyBool.of(a < b);
                case Ops.LE: return PyBool.of(a <= b);
                case Ops.EQ: return PyBool.of(a == b);
                case Ops.NE: return PyBool.of(a != b);
                case Ops.GT: return PyBool.of(a > b);
                default: return PyBool.of(a >= b);
            }
        }
        if (other instanceof PyInt i) {
            if (Double.isNaN(value)) return PyBool.of(op == Ops.NE);
            return PyBool.of(Ops.cmpResult(compareWithInt(value, i), op));
        }
        return PyNotImplemented.INSTANCE;
    }

    /** Exact comparison of a double with an int (NaN is handled by callers). */
    static int compareWithInt(double d, PyInt i) {
        if (Double.isNaN(d)) return 1;
        if (!i.isBig() && Math.abs(i.v) < (1L << 53)) return Double.compare(d, (double) i.v) == 0 ? 0 : (d < i.v ? -1 : 1);
        if (Double.isInfinite(d)) return d > 0 ? 1 : -1;
        return new BigDecimal(d).compareTo(new BigDecimal(i.toBig()));
    }

    static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return i.toDouble();
        return Double.NaN;
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        double b;
        if (other instanceof PyFloat f) b = f.value;
        else if (other instanceof PyInt i) b = i.toDouble();
        else return PyNotImplemented.INSTANCE;
        return arith(op, value, b);
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        double a;
        if (other instanceof PyFloat f) a = f.value;
        else if (other instanceof PyInt i) a = i.toDouble();
        else return PyNotImplemented.INSTANCE;
        return arith(op, a, value);
    }

    public static PyObject arith(int op, double a, double b) {
        switch (op) {
            case Ops.ADD: return new PyFloat(a + b);
            case Ops.SUB: return new PyFloat(a - b);
            case Ops.MUL: return new PyFloat(a * b);
            case Ops.TRUEDIV:
                if (b == 0) throw Exc.zeroDivision("float division by zero");
                return new PyFloat(a / b);
            case Ops.FLOORDIV: {
                if (b == 0) throw Exc.zeroDivision("float floor division by zero");
                return new PyFloat(floorDiv(a, b));
            }
            case Ops.MOD: {
                if (b == 0) throw Exc.zeroDivision("float modulo");
                return new PyFloat(mod(a, b));
            }
            case Ops.POW: return pow(a, b);
            default: return PyNotImplemented.INSTANCE;
        }
    }

    static double mod(double a, double b) {
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) m += b;
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    static double floorDiv(double a, double b) {
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0 && ((b < 0) != (m < 0))) div -= 1.0;
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return floordiv;
    }

    static PyObject pow(double a, double b) {
        if (a == 0 && b < 0) throw Exc.zeroDivision("0.0 cannot be raised to a negative power");
        if (a < 0 && b != Math.floor(b) && !Double.isInfinite(b)) {
            throw Exc.valueError("complex results are not supported");
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Exc.overflowError("(34, 'Numerical result out of range')");
        }
        return new PyFloat(r);
    }

    @Override
    public PyObject unaryOp(int op) {
        switch (op) {
            case Ops.NEG: return new PyFloat(-value);
            case Ops.POS: return this;
            default: return null;
        }
    }

    /** {@code int(x)} of a float: truncation toward zero. */
    public static PyInt toInt(double d) {
        if (Double.isNaN(d)) throw Exc.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Exc.overflowError("cannot convert float infinity to integer");
        if (Math.abs(d) < 9.2e18) return PyInt.of((long) d);
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    /** Python's {@code round(x)} for floats: half to even, result int. */
    public static PyInt roundToInt(double d) {
        double r = Math.rint(d);
        return toInt(r);
    }

    /** {@code float.as_integer_ratio} helper used by exact comparisons. */
    static BigInteger[] ratio(double d) {
        BigDecimal bd = new BigDecimal(d);
        BigInteger unscaled = bd.unscaledValue();
        int scale = bd.scale();
        if (scale <= 0) return new BigInteger[] {unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE};
        BigInteger den = BigInteger.TEN.pow(scale);
        BigInteger g = unscaled.gcd(den);
        return new BigInteger[] {unscaled.divide(g), den.divide(g)};
    }
}
