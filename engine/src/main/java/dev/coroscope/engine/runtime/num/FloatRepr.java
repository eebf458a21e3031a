package dev.coroscope.engine.runtime.num;

import dev.coroscope.engine.runtime.text.PythonError;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Float to text exactly as CPython 3.11 does it: {@code repr(x)} / {@code str(x)} and the
 * {@code PyOS_double_to_string} conversions behind {@code format()}, {@code %}-formatting and
 * f-strings.
 *
 * <p>Three digit-generation modes mirror CPython's {@code _Py_dg_dtoa}:
 * <ul>
 *   <li>shortest ({@code 'r'}, mode 0): the fewest decimal digits that read back (round-half-even)
 *       as the same double; among several, the one nearest the exact binary value, ties to an even
 *       last digit. Java 17's {@code Double.toString} is not always shortest, so this class runs its
 *       own Steele-White/Burger-Dybvig generation on exact integers, with dtoa's decision order
 *       at the boundaries (inclusive bounds when the significand is even, the asymmetric interval
 *       just above a power of two).</li>
 *   <li>{@code n} significant digits (mode 2, used by {@code 'e'} and {@code 'g'}) and {@code n}
 *       digits after the point (mode 3, {@code 'f'}), both correctly rounded half-even from the exact
 *       binary value, as dtoa does.</li>
 * </ul>
 * Layout then follows CPython's rules: repr switches to exponent notation when the decimal exponent
 * is below -4 or at least 16 ({@code 1e-05}, {@code 0.0001}, {@code 1e+16},
 * {@code 1000000000000000.0}); exponents have a sign and at least two digits; {@code inf},
 * {@code nan} (never signed) and {@code -0.0}.
 */
public final class FloatRepr {
    /** Always print a sign ({@code Py_DTSF_SIGN}). */
    public static final int SIGN = 1;
    /** Add {@code .0} to integral results that would otherwise have no point ({@code Py_DTSF_ADD_DOT_0}). */
    public static final int ADD_DOT_0 = 2;
    /** Alternate form: keep the point and trailing zeros ({@code Py_DTSF_ALT}). */
    public static final int ALT = 4;
    /** Drop the minus sign of a result that rounds to zero ({@code Py_DTSF_NO_NEG_0}, the {@code z} option). */
    public static final int NO_NEG_0 = 8;

    private static final BigInteger[] POW10 = new BigInteger[400];
    /** Precisions above this raise MemoryError (64 million digits). */
    private static final int MAX_PRECISION = 1 << 26;

    static {
        POW10[0] = BigInteger.ONE;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1].multiply(BigInteger.TEN);
        }
    }

    private FloatRepr() {
    }

    /** {@code repr(x)}, which is also {@code str(x)} for floats. */
    public static String repr(double v) {
        return toString(v, 'r', 0, ADD_DOT_0);
    }

    /** {@code repr(complex(re, im))}: {@code 1j}, {@code (1+2.5j)}, {@code (-0+1j)}, {@code (1+nanj)}. */
    public static String complexRepr(double re, double im) {
        String imag = toString(im, 'r', 0, 0);
        if (re == 0 && Double.doubleToRawLongBits(re) == 0) {
            return imag + "j";
        }
        return "(" + toString(re, 'r', 0, 0) + toString(im, 'r', 0, SIGN) + "j)";
    }

    /**
     * {@code PyOS_double_to_string(v, code, precision, flags)}: {@code code} is one of
     * {@code e E f F g G r}; {@code precision} is ignored for {@code r}.
     */
    public static String toString(double v, char code, int precision, int flags) {
        char type = Character.toLowerCase(code);
        boolean upper = type != code;
        boolean alt = (flags & ALT) != 0;
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        boolean negative = (Double.doubleToRawLongBits(v) < 0);
        if (Double.isNaN(v)) {
            String nan = upper ? "NAN" : "nan";
            return (flags & SIGN) != 0 ? "+" + nan : nan;
        }
        StringBuilder sb = new StringBuilder(24);
        if (Double.isInfinite(v)) {
            if (negative) {
                sb.append('-');
            } else if ((flags & SIGN) != 0) {
                sb.append('+');
            }
            return sb.append(upper ? "INF" : "inf").toString();
        }
        if (precision > MAX_PRECISION) {
            // CPython would try to build a string this long; the engine refuses, as an allocation failure.
            throw new PythonError("MemoryError", "");
        }
        double a = Math.abs(v);
        Digits d;
        int ndigits = precision;
        switch (type) {
            case 'e' -> {
                ndigits = precision + 1;
                d = significant(a, ndigits);
            }
            case 'f' -> d = fixed(a, precision);
            case 'g' -> {
                if (ndigits == 0) {
                    ndigits = 1;
                }
                d = significant(a, ndigits);
            }
            case 'r' -> d = shortest(a);
            default -> throw new IllegalArgumentException("format code " + code);
        }
        if (negative && (flags & NO_NEG_0) != 0 && (d.digits.isEmpty() || d.digits.equals("0"))) {
            negative = false;
        }
        if (negative) {
            sb.append('-');
        } else if ((flags & SIGN) != 0) {
            sb.append('+');
        }
        layout(sb, d.digits, d.decpt, type, ndigits, upper, addDot0, alt);
        return sb.toString();
    }

    /**
     * Places {@code digits} (value {@code 0.digits * 10**decpt}) as CPython's format_float_short
     * does: conceptually the digit string is padded with zeros on both sides and a slice of it is
     * printed with the point inserted, then an exponent appended when that notation is chosen.
     */
    private static void layout(StringBuilder sb, String digits, int decpt, char type, int precision,
                               boolean upper, boolean addDot0, boolean alt) {
        int dlen = digits.length();
        boolean useExp = false;
        int vEnd = dlen;
        switch (type) {
            case 'e' -> {
                useExp = true;
                vEnd = precision;
            }
            case 'f' -> vEnd = decpt + precision;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vEnd = precision;
                }
            }
            default -> {
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
            }
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vEnd = Math.max(vEnd, decpt + 1);
        } else {
            vEnd = Math.max(vEnd, decpt);
        }
        if (decpt <= 0) {
            zeros(sb, decpt - vStart);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vStart);
        }
        if (0 < decpt && decpt <= dlen) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, dlen);
        } else {
            sb.append(digits);
        }
        if (dlen < decpt) {
            zeros(sb, decpt - dlen);
            sb.append('.');
            zeros(sb, vEnd - decpt);
        } else {
            zeros(sb, vEnd - dlen);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                sb.append('0');
            }
            sb.append(ae);
        }
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
    }

    /** A digit string without trailing zeros and the position of the point: value = 0.digits * 10**decpt. */
    record Digits(String digits, int decpt) {
    }

    /** Mode 2: {@code n >= 1} significant digits of {@code a >= 0}, rounded half-even from the exact value. */
    static Digits significant(double a, int n) {
        if (a == 0) {
            return new Digits("0", 1);
        }
        BigDecimal r = new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String s = r.unscaledValue().toString();
        return strip(s, s.length() - r.scale());
    }

    /** Mode 3: {@code a >= 0} rounded half-even to {@code n >= 0} digits after the point. */
    static Digits fixed(double a, int n) {
        if (a == 0) {
            return new Digits("0", 1);
        }
        Digits quick = fixedLong(a, n);
        return quick != null ? quick : fixedExact(a, n);
    }

    /** {@link #fixed} through BigDecimal, for every {@code a > 0} and {@code n}. */
    static Digits fixedExact(double a, int n) {
        BigDecimal r = new BigDecimal(a).setScale(n, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) {
            return new Digits("", -n);
        }
        String s = r.unscaledValue().toString();
        return strip(s, s.length() - n);
    }

    /**
     * {@link #fixed} in long arithmetic, or null when it does not fit: with {@code a = f * 2**e},
     * {@code a * 10**n} is {@code f * 10**n} shifted by {@code e}, and the bits shifted out decide
     * the half-even rounding exactly ({@code f"{x:.3f}"} for every x of ordinary size).
     */
    static Digits fixedLong(double a, int n) {
        if (n >= LONG_POW10.length) {
            return null;
        }
        long f = Exact.significand(a);
        int e = Exact.exponent(a);
        long p = LONG_POW10[n];
        long prod = f * p;
        if (Math.multiplyHigh(f, p) != 0 || prod < 0) {
            return null;
        }
        long q;
        if (e >= 0) {
            if (e > 62 || (prod >>> (63 - e)) != 0) {
                return null;
            }
            q = prod << e;
        } else {
            int k = -e;
            if (k > 62) {
                return null;
            }
            q = prod >>> k;
            long rest = prod & ((1L << k) - 1);
            long half = 1L << (k - 1);
            if (rest > half || (rest == half && (q & 1) != 0)) {
                q++;
            }
        }
        if (q == 0) {
            return new Digits("", -n);
        }
        String s = Long.toString(q);
        return strip(s, s.length() - n);
    }

    private static Digits strip(String s, int decpt) {
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(s.substring(0, end), decpt);
    }

    /** Mode 0: the shortest round-tripping digits of a finite {@code a >= 0}. */
    static Digits shortest(double a) {
        if (a == 0) {
            return new Digits("0", 1);
        }
        if (a < 1e15 && a == Math.rint(a)) {
            // An integer below 10**15 is exactly representable with spacing < 1, so its own digits
            // are the shortest (dtoa takes the same short cut).
            String s = Long.toString((long) a);
            return strip(s, s.length());
        }
        long f = Exact.significand(a);
        int e = Exact.exponent(a);
        boolean even = (f & 1) == 0;
        // The gap below a power of two is half the gap above, except at the smallest normal exponent.
        boolean lowerGapHalved = f == (1L << 52) && e > -1074;
        Digits quick = shortestLong(a, f, e, even, lowerGapHalved);
        if (quick != null) {
            return quick;
        }
        BigInteger r;
        BigInteger s;
        BigInteger mPlus;
        BigInteger mMinus;
        BigInteger bf = BigInteger.valueOf(f);
        if (e >= 0) {
            BigInteger be = BigInteger.ONE.shiftLeft(e);
            if (!lowerGapHalved) {
                r = bf.shiftLeft(e + 1);
                s = BigInteger.TWO;
                mPlus = be;
                mMinus = be;
            } else {
                r = bf.shiftLeft(e + 2);
                s = BigInteger.valueOf(4);
                mPlus = be.shiftLeft(1);
                mMinus = be;
            }
        } else {
            if (!lowerGapHalved) {
                r = bf.shiftLeft(1);
                s = BigInteger.ONE.shiftLeft(1 - e);
                mPlus = BigInteger.ONE;
                mMinus = BigInteger.ONE;
            } else {
                r = bf.shiftLeft(2);
                s = BigInteger.ONE.shiftLeft(2 - e);
                mPlus = BigInteger.TWO;
                mMinus = BigInteger.ONE;
            }
        }
        int k = (int) Math.ceil(Math.log10(a));
        if (k >= 0) {
            s = s.multiply(POW10[k]);
        } else {
            BigInteger p = POW10[-k];
            r = r.multiply(p);
            mPlus = mPlus.multiply(p);
            mMinus = mMinus.multiply(p);
        }
        // Fix the estimate so that the upper bound of the rounding interval lies in [0.1, 1).
        while (highReached(r, mPlus, s, even)) {
            s = s.multiply(BigInteger.TEN);
            k++;
        }
        while (!highReached(r.multiply(BigInteger.TEN), mPlus.multiply(BigInteger.TEN), s, even)) {
            r = r.multiply(BigInteger.TEN);
            mPlus = mPlus.multiply(BigInteger.TEN);
            mMinus = mMinus.multiply(BigInteger.TEN);
            k--;
        }
        StringBuilder out = new StringBuilder(20);
        while (true) {
            r = r.multiply(BigInteger.TEN);
            mPlus = mPlus.multiply(BigInteger.TEN);
            mMinus = mMinus.multiply(BigInteger.TEN);
            BigInteger[] qr = r.divideAndRemainder(s);
            int dig = qr[0].intValue();
            r = qr[1];
            int j = r.compareTo(mMinus);
            int j1 = r.add(mPlus).compareTo(s);
            // Twice the remainder against the scale matters only when the generation stops.
            int half = j1 > 0 && j <= 0 ? r.shiftLeft(1).compareTo(s) : 0;
            int done = decide(out, dig, j, j1, r.signum() == 0, half, even, k);
            if (done != CONTINUE) {
                k = done;
                break;
            }
        }
        return strip(out.toString(), k);
    }

    private static final long[] LONG_POW10 = new long[19];
    /** Every long value of the generation stays below 10 * LIMIT < 2**63. */
    private static final long LIMIT = 1L << 59;

    static {
        LONG_POW10[0] = 1;
        for (int i = 1; i < LONG_POW10.length; i++) {
            LONG_POW10[i] = LONG_POW10[i - 1] * 10;
        }
    }

    /**
     * The same generation as the exact path, in long arithmetic, for the values where every
     * quantity stays below 2**62 (roughly 0.03 <= a < 1e17, the common case); null elsewhere.
     */
    private static Digits shortestLong(double a, long f, int e, boolean even, boolean lowerGapHalved) {
        long r;
        long s;
        long mPlus;
        long mMinus;
        if (e >= 0) {
            if (e > 4) {
                return null;
            }
            long be = 1L << e;
            if (!lowerGapHalved) {
                r = f << (e + 1);
                s = 2;
                mPlus = be;
                mMinus = be;
            } else {
                r = f << (e + 2);
                s = 4;
                mPlus = be << 1;
                mMinus = be;
            }
        } else {
            if (e < -55) {
                return null;
            }
            if (!lowerGapHalved) {
                r = f << 1;
                s = 1L << (1 - e);
                mPlus = 1;
                mMinus = 1;
            } else {
                r = f << 2;
                s = 1L << (2 - e);
                mPlus = 2;
                mMinus = 1;
            }
        }
        int k = (int) Math.ceil(Math.log10(a));
        if (k >= 0) {
            if (k >= LONG_POW10.length || s > LIMIT / LONG_POW10[k]) {
                return null;
            }
            s *= LONG_POW10[k];
        } else {
            if (-k >= LONG_POW10.length || r > LIMIT / LONG_POW10[-k]) {
                return null;
            }
            long p = LONG_POW10[-k];
            r *= p;
            mPlus *= p;
            mMinus *= p;
        }
        if (s >= LIMIT || r >= LIMIT) {
            return null;
        }
        while (even ? r + mPlus >= s : r + mPlus > s) {
            if (s > LIMIT / 10) {
                return null;
            }
            s *= 10;
            k++;
        }
        while (even ? r * 10 + mPlus * 10 < s : r * 10 + mPlus * 10 <= s) {
            r *= 10;
            mPlus *= 10;
            mMinus *= 10;
            k--;
        }
        StringBuilder out = new StringBuilder(20);
        while (true) {
            r *= 10;
            mPlus *= 10;
            mMinus *= 10;
            int dig = (int) (r / s);
            r = r % s;
            int done = decide(out, dig, Long.compare(r, mMinus), Long.compare(r + mPlus, s), r == 0,
                    Long.compare(r << 1, s), even, k);
            if (done != CONTINUE) {
                k = done;
                break;
            }
        }
        return strip(out.toString(), k);
    }

    private static final int CONTINUE = Integer.MIN_VALUE;

    /**
     * dtoa's decision after generating digit {@code dig}: {@code j} compares the remainder with the
     * lower margin, {@code j1} remainder plus upper margin with the scale, {@code half} twice the
     * remainder with the scale (read only when {@code j <= 0 < j1}). Appends the final digit(s) and returns the
     * decimal point position, or {@link #CONTINUE} after appending {@code dig} when more digits are
     * needed.
     */
    private static int decide(StringBuilder out, int dig, int j, int j1, boolean remainderZero,
                              int half, boolean even, int k) {
        if (j1 == 0 && even) {
            if (dig == 9) {
                return roundNineUp(out, k);
            }
            out.append((char) ('0' + (j > 0 ? dig + 1 : dig)));
            return k;
        }
        if (j < 0 || (j == 0 && even)) {
            if (!remainderZero && j1 > 0) {
                if (half > 0 || (half == 0 && (dig & 1) == 1)) {
                    if (dig == 9) {
                        return roundNineUp(out, k);
                    }
                    dig++;
                }
            }
            out.append((char) ('0' + dig));
            return k;
        }
        if (j1 > 0) {
            if (dig == 9) {
                return roundNineUp(out, k);
            }
            out.append((char) ('0' + dig + 1));
            return k;
        }
        out.append((char) ('0' + dig));
        return CONTINUE;
    }

    /** Whether {@code r + m >= s} (inclusive bounds) or {@code r + m > s}. */
    private static boolean highReached(BigInteger r, BigInteger m, BigInteger s, boolean inclusive) {
        int c = r.add(m).compareTo(s);
        return inclusive ? c >= 0 : c > 0;
    }

    /** Appends a 9 that must round up, carrying through trailing 9s; returns the adjusted decpt. */
    private static int roundNineUp(StringBuilder out, int k) {
        out.append('9');
        while (out.length() > 0 && out.charAt(out.length() - 1) == '9') {
            out.setLength(out.length() - 1);
        }
        if (out.length() == 0) {
            out.append('1');
            return k + 1;
        }
        int last = out.length() - 1;
        out.setCharAt(last, (char) (out.charAt(last) + 1));
        return k;
    }
}
