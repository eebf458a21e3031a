package dev.coroscope.engine.runtime.num;

import dev.coroscope.engine.runtime.text.PythonError;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Float arithmetic and conversions whose edge cases CPython 3.11 defines itself: {@code //},
 * {@code %} and {@code divmod} (the remainder takes the divisor's sign, the quotient is snapped to
 * an integer), {@code **} (special values, {@code 0.0} to a negative power, overflow), {@code round}
 * (half to even on the exact binary value: {@code round(2.675, 2) == 2.67}), {@code int(x)},
 * {@code float.hex}/{@code fromhex}, {@code as_integer_ratio}, and exact int/float comparison.
 * Errors are {@link PythonError}s with CPython's messages.
 */
public final class FloatOps {
    private FloatOps() {
    }

    /** {@code a / b}. */
    public static double trueDiv(double a, double b) {
        if (b == 0) {
            throw PythonError.zeroDivision("float division by zero");
        }
        return a / b;
    }

    /** {@code a % b}. */
    public static double mod(double a, double b) {
        if (b == 0) {
            throw PythonError.zeroDivision("float modulo");
        }
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    /** {@code a // b}. */
    public static double floorDiv(double a, double b) {
        if (b == 0) {
            throw PythonError.zeroDivision("float floor division by zero");
        }
        return divmodUnchecked(a, b)[0];
    }

    /** {@code divmod(a, b)} as {quotient, remainder}. */
    public static double[] divmod(double a, double b) {
        if (b == 0) {
            throw PythonError.zeroDivision("float divmod()");
        }
        return divmodUnchecked(a, b);
    }

    private static double[] divmodUnchecked(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    private static boolean isOddInteger(double y) {
        return Math.abs(y % 2.0) == 1.0;
    }

    /**
     * Whether {@code x ** y} is complex in CPython (a negative finite base, a finite non-integer
     * exponent). A VM with complex numbers computes {@link #complexPowOfNegative}; {@link #pow}
     * raises ValueError in that case.
     */
    public static boolean powIsComplex(double x, double y) {
        return x < 0 && !Double.isInfinite(x) && Double.isFinite(y) && y != Math.floor(y);
    }

    /** {@code complex(x) ** y} for a negative {@code x} (CPython's _Py_c_pow), as {re, im}. */
    public static double[] complexPowOfNegative(double x, double y) {
        double len = positivePow(-x, y);
        if (Double.isInfinite(len)) {
            throw PythonError.overflowError("complex exponentiation");
        }
        double phase = Math.PI * y;
        return new double[] {len * PyMath.cos(phase), len * PyMath.sin(phase)};
    }

    /** {@code x ** y} for floats (and for ints raised to negative int powers, converted first). */
    public static double pow(double iv, double iw) {
        if (iw == 0) {
            return 1.0;
        }
        if (Double.isNaN(iv)) {
            return iv;
        }
        if (Double.isNaN(iw)) {
            return iv == 1.0 ? 1.0 : iw;
        }
        if (Double.isInfinite(iw)) {
            double av = Math.abs(iv);
            if (av == 1.0) {
                return 1.0;
            } else if ((iw > 0.0) == (av > 1.0)) {
                return Math.abs(iw);
            } else {
                return 0.0;
            }
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0.0) {
                return odd ? iv : Math.abs(iv);
            }
            return odd ? Math.copySign(0.0, iv) : 0.0;
        }
        if (iv == 0.0) {
            boolean odd = isOddInteger(iw);
            if (iw < 0.0) {
                throw PythonError.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return odd ? iv : 0.0;
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                throw PythonError.valueError("negative number cannot be raised to a fractional power");
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double ix = positivePow(iv, iw);
        if (Double.isInfinite(ix)) {
            throw PythonError.overflowError("(34, 'Numerical result out of range')");
        }
        return negate ? -ix : ix;
    }

    /**
     * {@code x ** y} for finite {@code x > 0}, {@code x != 1}, finite nonzero {@code y}, correctly
     * rounded like glibc's pow, which CPython calls: squares and square roots directly, other
     * integer exponents up to 64 exactly, the rest in double-double arithmetic ({@link CrMath}).
     */
    static double positivePow(double x, double y) {
        if (y == 1.0) {
            return x;
        }
        if (y == 2.0) {
            return x * x;
        }
        if (y == -1.0) {
            return 1.0 / x;
        }
        if (y == 0.5) {
            return Math.sqrt(x);
        }
        if (y == Math.rint(y) && Math.abs(y) <= 64) {
            return exactIntegerPow(x, (int) y);
        }
        return CrMath.pow(x, y);
    }

    /** {@code x ** n} for {@code x > 0} and a small integer {@code n}, correctly rounded. */
    private static double exactIntegerPow(double x, int n) {
        long m = Exact.significand(x);
        int e = Exact.exponent(x);
        int tz = Long.numberOfTrailingZeros(m);
        m >>>= tz;
        e += tz;
        int an = Math.abs(n);
        BigInteger p = BigInteger.valueOf(m).pow(an);
        long pe = (long) e * an;
        if (n > 0) {
            return Exact.scaled(p, pe);
        }
        // x**n = 2**(-pe) / p
        if (-pe >= 0) {
            return Exact.ratio(BigInteger.ONE.shiftLeft((int) Math.min(-pe, 1 << 20)), p);
        }
        return Exact.ratio(BigInteger.ONE, p.shiftLeft((int) Math.min(pe, 1 << 20)));
    }

    /** {@code round(x)}: the nearest int, ties to even. */
    public static BigInteger roundToInt(double x) {
        return toInt(Math.rint(x));
    }

    /**
     * {@code round(x, ndigits)}: half to even on the exact binary value. An {@code ndigits} beyond
     * the long range should be clamped to {@code Long.MIN_VALUE}/{@code MAX_VALUE}, as CPython's
     * PyNumber_AsSsize_t does.
     */
    public static double round(double x, long ndigits) {
        if (!Double.isFinite(x)) {
            return x;
        }
        if (ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return 0.0 * x;
        }
        BigDecimal r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double rounded = r.signum() == 0 ? Math.copySign(0.0, x) : Double.parseDouble(r.toString());
        if (Double.isInfinite(rounded)) {
            throw PythonError.overflowError("rounded value too large to represent");
        }
        return rounded;
    }

    /** {@code int(x)} (truncation toward zero). */
    public static BigInteger toInt(double x) {
        if (Double.isNaN(x)) {
            throw PythonError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw PythonError.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(x) < 9.2e18) {
            return BigInteger.valueOf((long) x);
        }
        return new BigDecimal(x).toBigInteger();
    }

    /** {@code math.floor(x)} for a float. */
    public static BigInteger floor(double x) {
        return toInt(Math.floor(x));
    }

    /** {@code math.ceil(x)} for a float. */
    public static BigInteger ceil(double x) {
        return toInt(Math.ceil(x));
    }

    /** {@code x.is_integer()}. */
    public static boolean isInteger(double x) {
        return Double.isFinite(x) && x == Math.floor(x);
    }

    /** {@code x.as_integer_ratio()} as {numerator, denominator}, in lowest terms. */
    public static BigInteger[] asIntegerRatio(double x) {
        if (Double.isInfinite(x)) {
            throw PythonError.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(x)) {
            throw PythonError.valueError("cannot convert NaN to integer ratio");
        }
        if (x == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        long m = Exact.significand(x);
        int e = Exact.exponent(x);
        int tz = Long.numberOfTrailingZeros(m);
        m >>>= tz;
        e += tz;
        BigInteger num = BigInteger.valueOf(x < 0 ? -m : m);
        if (e >= 0) {
            return new BigInteger[] {num.shiftLeft(e), BigInteger.ONE};
        }
        return new BigInteger[] {num, BigInteger.ONE.shiftLeft(-e)};
    }

    /**
     * Exact comparison of an int with a float, as Python's {@code <}/{@code ==} do: the sign of
     * {@code a - b}, or 2 when {@code b} is NaN (every comparison false except {@code !=}).
     */
    public static int compare(BigInteger a, double b) {
        if (Double.isNaN(b)) {
            return 2;
        }
        if (Double.isInfinite(b)) {
            return b > 0 ? -1 : 1;
        }
        return new BigDecimal(a).compareTo(new BigDecimal(b));
    }

    /** {@code float.hex(x)}. */
    public static String hex(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(x);
        String sign = bits < 0 ? "-" : "";
        if (x == 0) {
            return sign + "0x0.0p+0";
        }
        int biased = (int) (bits >>> 52) & 0x7ff;
        long frac = bits & ((1L << 52) - 1);
        String digits = String.format("%013x", frac);
        if (biased == 0) {
            return sign + "0x0." + digits + "p-1022";
        }
        int e = biased - 1023;
        return sign + "0x1." + digits + "p" + (e < 0 ? "-" : "+") + Math.abs(e);
    }

    /** {@code float.fromhex(s)}. */
    public static double fromHex(String s) {
        String t = s.strip();
        int p = 0;
        int n = t.length();
        boolean negative = false;
        if (p < n && (t.charAt(p) == '+' || t.charAt(p) == '-')) {
            negative = t.charAt(p) == '-';
            p++;
        }
        String rest = t.substring(p).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return negative ? -Double.NaN : Double.NaN;
        }
        if (rest.startsWith("0x")) {
            rest = rest.substring(2);
        }
        int i = 0;
        BigInteger mant = BigInteger.ZERO;
        int digits = 0;
        long exp = 0;
        while (i < rest.length() && Character.digit(rest.charAt(i), 16) >= 0) {
            mant = mant.shiftLeft(4).add(BigInteger.valueOf(Character.digit(rest.charAt(i), 16)));
            i++;
            digits++;
        }
        if (i < rest.length() && rest.charAt(i) == '.') {
            i++;
            while (i < rest.length() && Character.digit(rest.charAt(i), 16) >= 0) {
                mant = mant.shiftLeft(4).add(BigInteger.valueOf(Character.digit(rest.charAt(i), 16)));
                i++;
                digits++;
                exp -= 4;
            }
        }
        if (digits == 0) {
            throw PythonError.valueError("invalid hexadecimal floating-point string");
        }
        if (i < rest.length() && rest.charAt(i) == 'p') {
            i++;
            int start = i;
            if (i < rest.length() && (rest.charAt(i) == '+' || rest.charAt(i) == '-')) {
                i++;
            }
            int ds = i;
            while (i < rest.length() && Character.isDigit(rest.charAt(i)) && rest.charAt(i) < 128) {
                i++;
            }
            if (i == ds) {
                throw PythonError.valueError("invalid hexadecimal floating-point string");
            }
            BigInteger pe = new BigInteger(rest.substring(start, i));
            if (pe.bitLength() > 40) {
                pe = BigInteger.valueOf(pe.signum() * (1L << 40));
            }
            exp += pe.longValue();
        }
        if (i != rest.length()) {
            throw PythonError.valueError("invalid hexadecimal floating-point string");
        }
        double v = Exact.scaled(mant, exp);
        if (Double.isInfinite(v)) {
            throw PythonError.overflowError("hexadecimal value too large to represent as a float");
        }
        return negative ? -v : v;
    }
}
