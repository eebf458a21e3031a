package dev.coroscope.engine.runtime;

import dev.coroscope.engine.runtime.num.FloatOps;
import dev.coroscope.engine.runtime.num.IntOps;
import dev.coroscope.engine.runtime.text.PythonError;
import dev.coroscope.engine.runtime.num.Barrett;
import dev.coroscope.engine.runtime.num.BigWork;
import java.math.BigInteger;

/** Integer arithmetic with Python semantics: floor division and modulo, exact big results. */
public final class IntMath {
    private IntMath() {}

    public static PyObject op(int op, PyInt a, PyInt b) {
        switch (op) {
            case Ops.ADD: return add(a, b);
            case Ops.SUB: return sub(a, b);
            case Ops.MUL: return mul(a, b);
            case Ops.FLOORDIV: return floorDiv(a, b);
            case Ops.MOD: return mod(a, b);
            case Ops.TRUEDIV: return new PyFloat(PyInt.trueDivide(a, b));
            case Ops.POW: return pow(a, b);
            case Ops.LSHIFT: return lshift(a, b);
            case Ops.RSHIFT: return rshift(a, b);
            case Ops.AND:
                if (a.big == null && b.big == null) return bitResult(a, b, a.v & b.v);
                // A big number masked by a small non-negative one (`n & 1`, `n & 0xFF`): only the
                // big one's low 64 bits of two's complement (BigInteger.longValue) can be set.
                if (b.big == null && b.v >= 0) return PyInt.of(a.big.longValue() & b.v);
                if (a.big == null && a.v >= 0) return PyInt.of(b.big.longValue() & a.v);
                return PyInt.of(a.toBig().and(b.toBig()));
            case Ops.OR:
                if (a.big == null && b.big == null) return bitResult(a, b, a.v | b.v);
                return PyInt.of(a.toBig().or(b.toBig()));
            case Ops.XOR:
                if (a.big == null && b.big == null) return bitResult(a, b, a.v ^ b.v);
                return PyInt.of(a.toBig().xor(b.toBig()));
            default:
                return PyNotImplemented.INSTANCE;
        }
    }

    private static PyInt bitResult(PyInt a, PyInt b, long r) {
        if (a instanceof PyBool && b instanceof PyBool) return PyBool.of(r != 0);
        return PyInt.of(r);
    }

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.v + b.v;
            if (((a.v ^ r) & (b.v ^ r)) < 0) return PyInt.of(a.toBig().add(b.toBig()));
            return PyInt.of(r);
        }
        return PyInt.of(a.toBig().add(b.toBig()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.v - b.v;
            if (((a.v ^ b.v) & (a.v ^ r)) < 0) return PyInt.of(a.toBig().subtract(b.toBig()));
            return PyInt.of(r);
        }
        return PyInt.of(a.toBig().subtract(b.toBig()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.v, b.v);
            long lo = a.v * b.v;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.of(lo);
        }
        BigInteger x = a.toBig(), y = b.toBig();
        if ((long) x.bitLength() + y.bitLength() > Limits.MAX_INT_BITS) throw Exc.memoryError();
        dev.coroscope.engine.runtime.num.MemoryCap.reserve(((long) x.bitLength() + y.bitLength()) >> 3);
        if (!BigWork.splits(x.bitLength(), y.bitLength())) return PyInt.of(x.multiply(y));
        return PyInt.of(BigWork.multiply(x, y, meter()));
    }

    public static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Exc.zeroDivision("integer division or modulo by zero");
        if (a.big == null && b.big == null && !(a.v == Long.MIN_VALUE && b.v == -1)) {
            return PyInt.of(Math.floorDiv(a.v, b.v));
        }
        chargeWork(divisionCost(a, b));
        BigInteger[] qr = Barrett.divmod(a.toBig(), b.toBig());
        if (qr != null) return PyInt.of(qr[0]);
        qr = a.toBig().divideAndRemainder(b.toBig());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) q = q.subtract(BigInteger.ONE);
        return PyInt.of(q);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Exc.zeroDivision("integer modulo by zero");
        if (a.big == null && b.big == null) {
            if (b.v == -1) return PyInt.ZERO;
            return PyInt.of(Math.floorMod(a.v, b.v));
        }
        chargeWork(divisionCost(a, b));
        BigInteger r = Barrett.mod(a.toBig(), b.toBig());
        if (r != null) return PyInt.of(r);
        r = a.toBig().mod(b.toBig().abs());
        if (b.signum() < 0 && r.signum() != 0) r = r.add(b.toBig());
        return PyInt.of(r);
    }

    public static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            try {
                return new PyFloat(FloatOps.pow(a.toDouble(), b.toDouble()));
            } catch (PythonError e) {
                throw Exc.from(e);
            }
        }
        if (b.big != null) {
            if (a.big == null && (a.v == 0 || a.v == 1)) return a;
            if (a.big == null && a.v == -1) return PyInt.of(b.toBig().testBit(0) ? -1 : 1);
            throw Exc.memoryError();
        }
        long e = b.v;
        if (a.big == null) {
            long base = a.v;
            if (base == 0) return e == 0 ? PyInt.ONE : PyInt.ZERO;
            if (base == 1) return PyInt.ONE;
            if (base == -1) return PyInt.of((e & 1) == 0 ? 1 : -1);
            long result = 1;
            long bb = base;
            long ee = e;
            boolean overflow = false;
            while (ee > 0) {
                if ((ee & 1) != 0) {
                    long hi = Math.multiplyHigh(result, bb);
                    long lo = result * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                ee >>= 1;
                if (ee > 0) {
                    long hi = Math.multiplyHigh(bb, bb);
                    long lo = bb * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    bb = lo;
                }
            }
            if (!overflow) return PyInt.of(result);
        }
        BigInteger x = a.toBig();
        if ((double) x.bitLength() * e > Limits.MAX_INT_BITS) throw Exc.memoryError();
        dev.coroscope.engine.runtime.num.MemoryCap.reserve((x.bitLength() * e) >> 3);
        long bits = x.bitLength() * e;
        if (!BigWork.splits(bits, bits)) return PyInt.of(x.pow((int) e));
        return PyInt.of(BigWork.pow(x, e, meter()));
    }

    /**
     * The interpreter's step counter as a meter for big-int work: charging it counts against the
     * budget and notices an interrupt, so one huge operation stops like a loop would.
     */
    static BigWork.Meter meter() {
        dev.coroscope.engine.vm.Interp in = interp();
        return in == null ? steps -> { } : in::charge;
    }

    /** The run's interpreter, or null on a thread that runs none (nothing to charge then). */
    private static dev.coroscope.engine.vm.Interp interp() {
        try {
            return dev.coroscope.engine.vm.Interp.current();
        } catch (IllegalStateException noRun) {
            return null;
        }
    }

    /** Estimated steps of dividing {@code a} by {@code b} (a quotient of q bits by a divisor of d bits). */
    static long divisionCost(PyInt a, PyInt b) {
        if (!a.isBig()) return 0;
        long la = a.big.bitLength();
        // Dividends of up to BigWork.LEAF_BITS bits cost less than half of BigWork.UNCHARGED
        // (cost(2**17, 2**17) * 2 < cost(2**18, 2**18)), which chargeWork would drop anyway:
        // no Math.pow per division of the usual sizes.
        if (la <= BigWork.LEAF_BITS) return 0;
        long lb = b.toBig().bitLength();
        if (la <= lb) return 0;
        return saturatingTimes(BigWork.cost(la - lb, lb), 2);
    }

    /** Estimated steps of converting a number of {@code bits} bits to decimal (divide and conquer). */
    static long decimalCost(long bits) {
        if (bits < 4096) return 0;
        return saturatingTimes(BigWork.cost(bits, bits), 64 - Long.numberOfLeadingZeros(bits / 64));
    }

    private static long saturatingTimes(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    /** Charges the estimated cost of a big-int operation that cannot be split (division, conversion). */
    static void chargeWork(long steps) {
        if (steps < BigWork.UNCHARGED) return;
        dev.coroscope.engine.vm.Interp in = interp();
        if (in != null) in.charge(steps);
    }

    /** Three-argument pow. */
    public static PyInt powMod(PyInt a, PyInt b, PyInt m) {
        long mbits = m.toBig().bitLength();
        // A modular product per exponent bit; at these sizes a product costs less than the model
        // (made for huge operands) says, hence the eighth.
        chargeWork(saturatingTimes(BigWork.cost(mbits, mbits), b.toBig().bitLength() / 8));
        try {
            return PyInt.of(IntOps.powMod(a.toBig(), b.toBig(), m.toBig()));
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Exc.valueError("negative shift count");
        if (a.signum() == 0) return PyInt.ZERO;
        if (b.big != null || b.v > Limits.MAX_INT_BITS) throw Exc.memoryError();
        int n = (int) b.v;
        if (a.big == null && n < 63) {
            long r = a.v << n;
            if ((r >> n) == a.v) return PyInt.of(r);
        }
        return PyInt.of(a.toBig().shiftLeft(n));
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Exc.valueError("negative shift count");
        if (b.big != null) return PyInt.of(a.signum() < 0 ? -1 : 0);
        if (a.big == null) return PyInt.of(b.v >= 64 ? (a.v < 0 ? -1 : 0) : a.v >> b.v);
        return PyInt.of(a.big.shiftRight((int) Math.min(b.v, Integer.MAX_VALUE)));
    }
}
