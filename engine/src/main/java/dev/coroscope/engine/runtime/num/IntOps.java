package dev.coroscope.engine.runtime.num;

import dev.coroscope.engine.runtime.text.PythonError;

import java.math.BigInteger;

/**
 * Int arithmetic with CPython 3.11's semantics where Java's differs or where CPython defines edge
 * cases: floor division and modulo (toward negative infinity, the remainder takes the divisor's
 * sign), correctly rounded true division of ints of any size, {@code **} with negative exponents
 * (computed as float power, like CPython), three-argument {@code pow} (modular inverse for negative
 * exponents), {@code round(n, ndigits)} (half to even), float conversion, and
 * {@code to_bytes}/{@code from_bytes}. Errors are {@link PythonError}s with CPython's messages.
 *
 * <p>Results too large to build (far beyond what a teaching program needs) raise MemoryError
 * rather than exhausting the Java heap.
 */
public final class IntOps {
    /** Results above this many bits raise MemoryError. */
    static final long MAX_BITS = 1L << 28;
    private static final BigInteger TWO_53 = BigInteger.ONE.shiftLeft(53);

    private IntOps() {
    }

    /** {@code float(n)}. */
    public static double toDouble(BigInteger n) {
        double d = n.doubleValue();
        if (Double.isInfinite(d)) {
            throw PythonError.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** {@code a / b} for ints: the correctly rounded quotient. */
    public static double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PythonError.zeroDivision("division by zero");
        }
        if (a.abs().compareTo(TWO_53) <= 0 && b.abs().compareTo(TWO_53) <= 0) {
            return a.doubleValue() / b.doubleValue();
        }
        boolean negative = a.signum() * b.signum() < 0 || (a.signum() == 0 && b.signum() < 0);
        double q = Exact.ratio(a.abs(), b.abs());
        if (Double.isInfinite(q)) {
            throw PythonError.overflowError("integer division result too large for a float");
        }
        return negative ? -q : q;
    }

    /** {@code a / b} for longs. */
    public static double trueDivide(long a, long b) {
        if (b == 0) {
            throw PythonError.zeroDivision("division by zero");
        }
        if (Math.abs(a) <= (1L << 53) && Math.abs(b) <= (1L << 53)) {
            return (double) a / (double) b;
        }
        return trueDivide(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    /**
     * {@code a // b} for longs (the fast path of the VM's small ints). The one overflowing case,
     * {@code Long.MIN_VALUE // -1}, must go through {@link #floorDiv(BigInteger, BigInteger)}.
     */
    public static long floorDiv(long a, long b) {
        if (b == 0) {
            throw PythonError.zeroDivision("integer division or modulo by zero");
        }
        return Math.floorDiv(a, b);
    }

    /** {@code a % b} for longs (never overflows). */
    public static long mod(long a, long b) {
        if (b == 0) {
            throw PythonError.zeroDivision("integer modulo by zero");
        }
        return Math.floorMod(a, b);
    }

    /**
     * {@code a ** b} for longs with {@code b >= 0} when the result fits a long, else null (use
     * {@link #pow(BigInteger, BigInteger)}).
     */
    public static Long powExact(long a, long b) {
        if (b < 0) {
            return null;
        }
        long result = 1;
        long base = a;
        long e = b;
        try {
            while (e > 0) {
                if ((e & 1) != 0) {
                    result = Math.multiplyExact(result, base);
                }
                e >>= 1;
                if (e > 0) {
                    base = Math.multiplyExact(base, base);
                }
            }
        } catch (ArithmeticException overflow) {
            return null;
        }
        return result;
    }

    /** {@code a // b}. */
    public static BigInteger floorDiv(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PythonError.zeroDivision("integer division or modulo by zero");
        }
        return divmodUnchecked(a, b)[0];
    }

    /** {@code a % b}. */
    public static BigInteger mod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PythonError.zeroDivision("integer modulo by zero");
        }
        BigInteger r = Barrett.mod(a, b);
        if (r != null) return r;
        r = a.remainder(b);
        if (r.signum() != 0 && r.signum() != b.signum()) {
            r = r.add(b);
        }
        return r;
    }

    /** {@code divmod(a, b)} as {quotient, remainder}. */
    public static BigInteger[] divmod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PythonError.zeroDivision("integer division or modulo by zero");
        }
        return divmodUnchecked(a, b);
    }

    private static BigInteger[] divmodUnchecked(BigInteger a, BigInteger b) {
        BigInteger[] qr = Barrett.divmod(a, b);
        if (qr != null) return qr;
        qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    /**
     * {@code base ** exp}: a {@link BigInteger} for {@code exp >= 0}, otherwise a {@link Double}
     * (CPython converts both operands to float and uses float power).
     */
    public static Number pow(BigInteger base, BigInteger exp) {
        if (exp.signum() < 0) {
            return FloatOps.pow(toDouble(base), toDouble(exp));
        }
        int bl = base.abs().bitLength();
        if (bl <= 1 || base.signum() == 0) {
            // 0, 1 and -1 stay small whatever the exponent.
            if (base.signum() == 0) {
                return exp.signum() == 0 ? BigInteger.ONE : BigInteger.ZERO;
            }
            if (base.equals(BigInteger.ONE)) {
                return BigInteger.ONE;
            }
            return exp.testBit(0) ? BigInteger.ONE.negate() : BigInteger.ONE;
        }
        if (exp.bitLength() > 40 || (bl - 1) * exp.longValue() > MAX_BITS) {
            throw new PythonError("MemoryError", "");
        }
        return base.pow(exp.intValue());
    }

    /** {@code pow(base, exp, mod)} for ints. */
    public static BigInteger powMod(BigInteger base, BigInteger exp, BigInteger mod) {
        if (mod.signum() == 0) {
            throw PythonError.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger m = mod.abs();
        BigInteger r;
        if (exp.signum() < 0) {
            BigInteger inv;
            try {
                inv = base.mod(m).modInverse(m);
            } catch (ArithmeticException e) {
                throw PythonError.valueError("base is not invertible for the given modulus");
            }
            r = m.equals(BigInteger.ONE) ? BigInteger.ZERO : inv.modPow(exp.negate(), m);
        } else {
            r = m.equals(BigInteger.ONE) ? BigInteger.ZERO : base.modPow(exp, m);
        }
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.subtract(m);
        }
        return r;
    }

    /** {@code round(n, ndigits)} for an int: unchanged for {@code ndigits >= 0}, else half to even. */
    public static BigInteger round(BigInteger n, BigInteger ndigits) {
        if (ndigits.signum() >= 0) {
            return n;
        }
        if (ndigits.negate().compareTo(BigInteger.valueOf(MAX_BITS)) > 0 || -ndigits.longValue() > n.bitLength() + 1) {
            // 10**-ndigits exceeds 2*|n|: the nearest multiple is 0.
            return BigInteger.ZERO;
        }
        BigInteger pow = BigInteger.TEN.pow(-ndigits.intValue());
        BigInteger[] qr = divmodUnchecked(n, pow);
        // Round the quotient half to even (CPython's _PyLong_DivmodNear).
        int c = qr[1].shiftLeft(1).compareTo(pow);
        BigInteger q = qr[0];
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return q.multiply(pow);
    }

    /** {@code n.bit_length()}. */
    public static int bitLength(BigInteger n) {
        return n.abs().bitLength();
    }

    /** {@code n.bit_count()}. */
    public static int bitCount(BigInteger n) {
        return n.abs().bitCount();
    }

    /** {@code n.to_bytes(length, byteorder, signed=signed)}. */
    public static byte[] toBytes(BigInteger n, long length, boolean bigEndian, boolean signed) {
        if (length < 0) {
            throw PythonError.valueError("length argument must be non-negative");
        }
        if (!signed && n.signum() < 0) {
            throw PythonError.overflowError("can't convert negative int to unsigned");
        }
        int needBits = signed ? n.bitLength() + 1 : n.bitLength();
        // CPython lets 0 and (signed) -1 fit in zero bytes.
        boolean fitsEmpty = n.signum() == 0 || (signed && n.equals(BigInteger.ONE.negate()));
        if ((needBits + 7) / 8 > length && !(length == 0 && fitsEmpty)) {
            throw PythonError.overflowError("int too big to convert");
        }
        if (length > (1L << 28)) {
            throw new PythonError("MemoryError", "");
        }
        byte[] twos = n.toByteArray();
        byte[] out = new byte[(int) length];
        byte fill = (byte) (n.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < out.length; i++) {
            int src = twos.length - 1 - i;
            byte b = src >= 0 ? twos[src] : fill;
            out[bigEndian ? out.length - 1 - i : i] = b;
        }
        return out;
    }

    /** {@code int.from_bytes(bytes, byteorder, signed=signed)}. */
    public static BigInteger fromBytes(byte[] bytes, boolean bigEndian, boolean signed) {
        byte[] be = bytes.clone();
        if (!bigEndian) {
            for (int i = 0; i < be.length / 2; i++) {
                byte t = be[i];
                be[i] = be[be.length - 1 - i];
                be[be.length - 1 - i] = t;
            }
        }
        if (be.length == 0) {
            return BigInteger.ZERO;
        }
        return signed ? new BigInteger(be) : new BigInteger(1, be);
    }
}
