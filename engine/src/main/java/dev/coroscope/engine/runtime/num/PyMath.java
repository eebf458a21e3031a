package dev.coroscope.engine.runtime.num;

import dev.coroscope.engine.runtime.text.PythonError;

import java.math.BigInteger;
import java.util.List;

/**
 * The {@code math} module's functions with CPython 3.11's special-value handling and errors
 * ({@code ValueError: math domain error}, {@code OverflowError: math range error}, the messages of
 * {@code isqrt}, {@code factorial}, {@code comb}, {@code perm}, {@code isclose}, {@code fsum}).
 *
 * <p>Mirrored algorithms: {@code fsum} is CPython's exact partials summation (including its
 * "intermediate overflow" and {@code -inf + inf} errors), {@code hypot} is 3.11's scaled,
 * compensated vector norm, {@code log} of a huge int goes through a correctly rounded mantissa and a
 * binary exponent. {@code exp}, {@code log*}, {@code pow}, the trigonometric functions and their
 * inverses, {@code expm1} and {@code log1p} are correctly rounded ({@link CrMath}), which is what
 * glibc, and so CPython on Linux, returns (glibc's pow is itself off by one unit in the last place
 * in rare near-tie cases, where the engine keeps the correctly rounded value). {@code expm1},
 * {@code log1p}, {@code log10} and the hyperbolic functions follow the fdlibm formulas glibc uses.
 * {@code cbrt} is correctly rounded, while glibc's is not in about half of the cases (one unit in
 * the last place).
 */
public final class PyMath {
    private PyMath() {
    }

    private static PythonError domain() {
        return PythonError.valueError("math domain error");
    }

    private static PythonError range() {
        return PythonError.overflowError("math range error");
    }

    /** CPython's math_1: raises for NaN from non-NaN and for infinity from finite input. */
    private static double check1(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? range() : domain();
        }
        return r;
    }

    public static double sqrt(double x) {
        return check1(x, Math.sqrt(x), false);
    }

    public static double exp(double x) {
        return check1(x, Double.isFinite(x) ? CrMath.exp(x) : StrictMath.exp(x), true);
    }

    public static double exp2(double x) {
        return check1(x, pow2(x), true);
    }

    private static double pow2(double x) {
        if (!Double.isFinite(x)) {
            return StrictMath.pow(2.0, x);
        }
        if (x == Math.rint(x) && Math.abs(x) < 2000) {
            return Math.scalb(1.0, (int) x);
        }
        return CrMath.pow(2.0, x);
    }

    public static double expm1(double x) {
        return check1(x, StrictMath.expm1(x), true);
    }

    public static double sin(double x) {
        return check1(x, Double.isFinite(x) ? CrMath.sin(x) : Double.NaN, false);
    }

    public static double cos(double x) {
        return check1(x, Double.isFinite(x) ? CrMath.cos(x) : Double.NaN, false);
    }

    public static double tan(double x) {
        return check1(x, Double.isFinite(x) ? CrMath.tan(x) : Double.NaN, false);
    }

    public static double asin(double x) {
        return check1(x, Math.abs(x) <= 1 ? CrMath.asin(x) : Double.NaN, false);
    }

    public static double acos(double x) {
        return check1(x, Math.abs(x) <= 1 ? CrMath.acos(x) : Double.NaN, false);
    }

    public static double atan(double x) {
        return check1(x, Double.isFinite(x) ? CrMath.atan(x) : StrictMath.atan(x), false);
    }

    public static double atan2(double y, double x) {
        if (Double.isFinite(x) && Double.isFinite(y) && !(x == 0 && y == 0)) {
            return CrMath.atan2(y, x);
        }
        return StrictMath.atan2(y, x);
    }

    public static double sinh(double x) {
        return check1(x, hyperbolic(x, 0), true);
    }

    public static double cosh(double x) {
        return check1(x, hyperbolic(x, 1), true);
    }

    public static double tanh(double x) {
        return check1(x, hyperbolic(x, 2), false);
    }

    /**
     * sinh (0), cosh (1), tanh (2) by the fdlibm formulas glibc uses, built on glibc's correctly
     * rounded exp and fdlibm's expm1, so the results match glibc's bit for bit.
     */
    private static double hyperbolic(double x, int which) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        switch (which) {
            case 0 -> {
                if (Double.isInfinite(x)) {
                    return x;
                }
                double h = x < 0 ? -0.5 : 0.5;
                if (ax < 22) {
                    if (ax < 0x1p-28) {
                        return x;
                    }
                    double t = StrictMath.expm1(ax);
                    if (ax < 1) {
                        return h * (2.0 * t - t * t / (t + 1.0));
                    }
                    return h * (t + t / (t + 1.0));
                }
                if (ax < 709.7822265625) {
                    return h * CrMath.exp(ax);
                }
                if (ax <= 710.4758600739439) {
                    double w = CrMath.exp(0.5 * ax);
                    double t = h * w;
                    return t * w;
                }
                return x * 1e307;
            }
            case 1 -> {
                if (Double.isInfinite(x)) {
                    return ax;
                }
                if (ax < 0.5 * 0.6931471805599453) {
                    double t = StrictMath.expm1(ax);
                    double w = 1.0 + t;
                    if (ax < 0x1p-55) {
                        return w;
                    }
                    return 1.0 + (t * t) / (w + w);
                }
                if (ax < 22) {
                    double t = CrMath.exp(ax);
                    return 0.5 * t + 0.5 / t;
                }
                if (ax < 709.7822265625) {
                    return 0.5 * CrMath.exp(ax);
                }
                if (ax <= 710.4758600739439) {
                    double w = CrMath.exp(0.5 * ax);
                    double t = 0.5 * w;
                    return t * w;
                }
                return Double.POSITIVE_INFINITY;
            }
            default -> {
                if (Double.isInfinite(x)) {
                    return Math.signum(x);
                }
                double z;
                if (ax < 22) {
                    if (ax < 0x1p-55) {
                        return x * (1.0 + x);
                    }
                    if (ax >= 1) {
                        double t = StrictMath.expm1(2.0 * ax);
                        z = 1.0 - 2.0 / (t + 2.0);
                    } else {
                        double t = StrictMath.expm1(-2.0 * ax);
                        z = -t / (t + 2.0);
                    }
                } else {
                    z = 1.0;
                }
                return x < 0 ? -z : z;
            }
        }
    }

    public static double cbrt(double x) {
        return check1(x, CrMath.cbrt(x), false);
    }

    public static double fabs(double x) {
        return Math.abs(x);
    }

    public static double copysign(double x, double y) {
        return Math.copySign(x, y);
    }

    public static double degrees(double x) {
        return x * (180.0 / Math.PI);
    }

    public static double radians(double x) {
        return x * (Math.PI / 180.0);
    }

    /** {@code math.fmod(x, y)}. */
    public static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domain();
        }
        return r;
    }

    /** {@code math.log(x)} for a float argument. */
    public static double log(double x) {
        return logOf(x, 0);
    }

    /** {@code math.log(n)} for an int argument of any size. */
    public static double log(BigInteger n) {
        return logOfInt(n, 0);
    }

    public static double log2(double x) {
        return logOf(x, 2);
    }

    public static double log2(BigInteger n) {
        return logOfInt(n, 2);
    }

    public static double log10(double x) {
        return logOf(x, 10);
    }

    public static double log10(BigInteger n) {
        return logOfInt(n, 10);
    }

    /** {@code math.log(x, base)} given both already reduced by {@link #log}: {@code num / den}. */
    public static double logWithBase(double logX, double logBase) {
        if (logBase == 0) {
            throw PythonError.zeroDivision("float division by zero");
        }
        return logX / logBase;
    }

    public static double log1p(double x) {
        if (x == -1.0) {
            throw domain();
        }
        return check1(x, StrictMath.log1p(x), false);
    }

    private static double rawLog(double x, int kind) {
        return switch (kind) {
            case 2 -> CrMath.log2(x);
            case 10 -> CrMath.log10(x);
            default -> CrMath.log(x);
        };
    }

    private static double logOf(double x, int kind) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0) {
            throw domain();
        }
        if (Double.isInfinite(x)) {
            return x;
        }
        return rawLog(x, kind);
    }

    private static double logOfInt(BigInteger n, int kind) {
        if (n.signum() <= 0) {
            throw domain();
        }
        double x = n.doubleValue();
        if (Double.isFinite(x)) {
            return rawLog(x, kind);
        }
        // x = m * 2**e with m in [0.5, 1), m correctly rounded (CPython's _PyLong_Frexp).
        long e = n.bitLength();
        double m = Exact.ratio(n, BigInteger.ONE.shiftLeft((int) e));
        if (m == 1.0) {
            m = 0.5;
            e++;
        }
        return rawLog(m, kind) + rawLog(2.0, kind) * e;
    }

    /** {@code math.pow(x, y)}. */
    public static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0 ? 1.0 : x;
            }
            if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y;
            }
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0) {
                    return oddY ? x : Math.abs(x);
                }
                if (y == 0) {
                    return 1.0;
                }
                return oddY ? Math.copySign(0.0, x) : 0.0;
            }
            if (Math.abs(x) == 1.0) {
                return 1.0;
            }
            if (y > 0 && Math.abs(x) > 1.0) {
                return y;
            }
            if (y < 0 && Math.abs(x) < 1.0) {
                return -y;
            }
            return 0.0;
        }
        double r;
        if (y == 0) {
            r = 1.0;
        } else if (x == 0) {
            if (y < 0) {
                throw domain();
            }
            r = Math.abs(y % 2.0) == 1.0 ? x : 0.0;
        } else if (x < 0) {
            if (y != Math.floor(y)) {
                throw domain();
            }
            r = x == -1.0 ? 1.0 : FloatOps.positivePow(-x, y);
            if (Math.abs(y % 2.0) == 1.0) {
                r = -r;
            }
        } else {
            r = x == 1.0 ? 1.0 : FloatOps.positivePow(x, y);
        }
        if (Double.isInfinite(r)) {
            throw range();
        }
        return r;
    }

    /** {@code math.isqrt(n)}. */
    public static BigInteger isqrt(BigInteger n) {
        if (n.signum() < 0) {
            throw PythonError.valueError("isqrt() argument must be nonnegative");
        }
        return n.sqrt();
    }

    /** {@code math.gcd(*integers)}. */
    public static BigInteger gcd(List<BigInteger> xs) {
        BigInteger g = BigInteger.ZERO;
        for (BigInteger x : xs) {
            g = g.gcd(x);
        }
        return g;
    }

    /** {@code math.lcm(*integers)}. */
    public static BigInteger lcm(List<BigInteger> xs) {
        BigInteger l = BigInteger.ONE;
        for (BigInteger x : xs) {
            if (x.signum() == 0) {
                l = BigInteger.ZERO;
                continue;
            }
            if (l.signum() == 0) {
                continue;
            }
            l = l.divide(l.gcd(x)).multiply(x).abs();
        }
        return l;
    }

    /** {@code math.factorial(n)}. */
    public static BigInteger factorial(BigInteger n) {
        if (n.signum() < 0) {
            throw PythonError.valueError("factorial() not defined for negative values");
        }
        if (n.bitLength() > 63) {
            throw PythonError.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        long k = n.longValue();
        if (k > 2_000_000) {
            throw new PythonError("MemoryError", "");
        }
        return product(1, k);
    }

    /** The product of lo..hi, balanced so multiplication stays fast. */
    private static BigInteger product(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** comb/perm argument checks; false when k > n (the result is 0). */
    private static boolean validCombination(BigInteger n, BigInteger k) {
        if (n.signum() < 0) {
            throw PythonError.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw PythonError.valueError("k must be a non-negative integer");
        }
        return k.compareTo(n) <= 0;
    }

    /** {@code math.comb(n, k)}. */
    public static BigInteger comb(BigInteger n, BigInteger k) {
        if (!validCombination(n, k)) {
            return BigInteger.ZERO;
        }
        BigInteger nk = n.subtract(k);
        if (nk.compareTo(k) < 0) {
            k = nk;
        }
        if (k.bitLength() > 31 || k.intValue() > 1_000_000) {
            throw new PythonError("MemoryError", "");
        }
        int kk = k.intValue();
        BigInteger r = BigInteger.ONE;
        for (int i = 1; i <= kk; i++) {
            r = r.multiply(n.subtract(BigInteger.valueOf(kk - i))).divide(BigInteger.valueOf(i));
        }
        return r;
    }

    /** {@code math.perm(n, k)}; {@code k == null} means {@code perm(n)} = {@code n!}. */
    public static BigInteger perm(BigInteger n, BigInteger k) {
        if (k == null) {
            return factorial(n);
        }
        if (!validCombination(n, k)) {
            return BigInteger.ZERO;
        }
        if (k.bitLength() > 31 || k.intValue() > 1_000_000) {
            throw new PythonError("MemoryError", "");
        }
        BigInteger r = BigInteger.ONE;
        for (int i = 0; i < k.intValue(); i++) {
            r = r.multiply(n.subtract(BigInteger.valueOf(i)));
        }
        return r;
    }

    /** {@code math.isclose(a, b, rel_tol=relTol, abs_tol=absTol)}. */
    public static boolean isclose(double a, double b, double relTol, double absTol) {
        if (relTol < 0.0 || absTol < 0.0) {
            throw PythonError.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }

    /** {@code math.fsum(values)}: the correctly rounded sum, by CPython's partials algorithm. */
    public static double fsum(double[] values) {
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        for (double item : values) {
            double x = item;
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) {
                        throw PythonError.overflowError("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n >= p.length) {
                        p = java.util.Arrays.copyOf(p, p.length * 2);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw PythonError.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    /** {@code math.hypot(*coordinates)} (3.11's algorithm). */
    public static double hypot(double[] coords) {
        double max = 0.0;
        boolean foundNan = false;
        double[] v = new double[coords.length];
        for (int i = 0; i < coords.length; i++) {
            double x = Math.abs(coords[i]);
            v[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return vectorNorm(v, max, foundNan);
    }

    /** {@code math.dist(p, q)}. */
    public static double dist(double[] p, double[] q) {
        if (p.length != q.length) {
            throw PythonError.valueError("both points must have the same number of dimensions");
        }
        double[] d = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            d[i] = p[i] - q[i];
        }
        return hypot(d);
    }

    private static final double T27 = 134217729.0; // 2**27 + 1, Dekker's splitter

    private static double vectorNorm(double[] vec, double max, boolean foundNan) {
        int n = vec.length;
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || n <= 1) {
            return max;
        }
        int maxE = Math.getExponent(max) + 1; // frexp's exponent
        if (maxE < -1023) {
            double[] scaled = new double[n];
            for (int i = 0; i < n; i++) {
                scaled[i] = vec[i] / Double.MIN_NORMAL;
            }
            return Double.MIN_NORMAL * vectorNorm(scaled, max / Double.MIN_NORMAL, false);
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0;
        double frac = 0.0;
        for (int i = 0; i < n; i++) {
            double x = vec[i] * scale;
            double t = x * T27;
            double hi = t - (t - x);
            double lo = x - hi;
            x = hi * hi;
            double old = csum;
            csum += x;
            frac += (old - csum) + x;
            x = 2.0 * hi * lo;
            old = csum;
            csum += x;
            frac += (old - csum) + x;
            x = lo * lo;
            old = csum;
            csum += x;
            frac += (old - csum) + x;
        }
        double h = Math.sqrt(csum - 1.0 + frac);
        double x = h;
        double t = x * T27;
        double hi = t - (t - x);
        double lo = x - hi;
        x = -hi * hi;
        double old = csum;
        csum += x;
        frac += (old - csum) + x;
        x = -2.0 * hi * lo;
        old = csum;
        csum += x;
        frac += (old - csum) + x;
        x = -lo * lo;
        old = csum;
        csum += x;
        frac += (old - csum) + x;
        x = csum - 1.0 + frac;
        return (h + x / (2.0 * h)) / scale;
    }

    /** {@code math.trunc(x)} for a float. */
    public static BigInteger trunc(double x) {
        return FloatOps.toInt(x);
    }

    /** {@code math.modf(x)} as {fractional, integral}. */
    public static double[] modf(double x) {
        if (Double.isInfinite(x)) {
            return new double[] {Math.copySign(0.0, x), x};
        }
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        return new double[] {Math.copySign(x - ip, x), ip};
    }

    /** {@code math.frexp(x)} as {mantissa, exponent}. */
    public static double[] frexp(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return new double[] {x, 0};
        }
        int e = Math.getExponent(x);
        double m;
        if (e == Double.MIN_EXPONENT - 1) { // subnormal
            double y = x * 0x1p54;
            e = Math.getExponent(y) - 54;
            m = y / Math.scalb(1.0, Math.getExponent(y) + 1);
        } else {
            m = x / Math.scalb(1.0, e + 1);
        }
        return new double[] {m, e + 1};
    }

    /** {@code math.ldexp(x, i)}. */
    public static double ldexp(double x, long i) {
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        int e = (int) Math.max(Math.min(i, 10000), -10000);
        double r = Math.scalb(x, e);
        if (Double.isInfinite(r)) {
            throw range();
        }
        return r;
    }

    /** {@code math.ulp(x)}. */
    public static double ulp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        x = Math.abs(x);
        if (Double.isInfinite(x)) {
            return x;
        }
        double next = Math.nextUp(x);
        if (Double.isInfinite(next)) {
            return x - Math.nextDown(x);
        }
        return next - x;
    }

    /** {@code math.nextafter(x, y)}. */
    public static double nextafter(double x, double y) {
        return Math.nextAfter(x, y);
    }
}
