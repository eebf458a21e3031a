package dev.coroscope.engine.runtime.num;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Correctly rounded elementary functions, computed in double-double arithmetic (about 106 bits)
 * and rounded once. CPython calls the C library, and glibc's {@code exp}, {@code log},
 * {@code pow}, {@code sin}, {@code cos}, {@code tan}, {@code atan}... return the correctly rounded
 * result in all but astronomically rare cases, whereas Java's {@code StrictMath} (fdlibm) is off by
 * one unit in the last place on a few percent of arguments. Rounding the 106-bit value gives
 * CPython's digits except where the exact result lies within about 2^-90 (relative) of a rounding
 * boundary.
 *
 * <p>Inputs are expected finite and inside each function's domain; callers ({@link PyMath},
 * {@link FloatOps}) handle special values and errors first. Arguments of sine and cosine are
 * reduced modulo pi/2 with a three-part constant below 2^20 and with exact decimal arithmetic
 * beyond.
 */
final class CrMath {
    private CrMath() {
    }

    /** A double-double value hi + lo with |lo| <= ulp(hi)/2. */
    record DD(double hi, double lo) {
        static DD of(double x) {
            return new DD(x, 0.0);
        }

        static DD of(BigDecimal b) {
            double hi = b.doubleValue();
            double lo = b.subtract(new BigDecimal(hi)).doubleValue();
            return new DD(hi, lo);
        }

        DD add(DD o) {
            double s = hi + o.hi;
            double bb = s - hi;
            double e = (hi - (s - bb)) + (o.hi - bb);
            double t = lo + o.lo;
            double bt = t - lo;
            double f = (lo - (t - bt)) + (o.lo - bt);
            e += t;
            double s2 = s + e;
            e = e - (s2 - s);
            e += f;
            double s3 = s2 + e;
            return new DD(s3, e - (s3 - s2));
        }

        DD add(double o) {
            return add(of(o));
        }

        DD neg() {
            return new DD(-hi, -lo);
        }

        DD sub(DD o) {
            return add(o.neg());
        }

        DD mul(DD o) {
            double p = hi * o.hi;
            double e = Math.fma(hi, o.hi, -p);
            e += hi * o.lo + lo * o.hi;
            double s = p + e;
            return new DD(s, e - (s - p));
        }

        DD mul(double o) {
            double p = hi * o;
            double e = Math.fma(hi, o, -p);
            e += lo * o;
            double s = p + e;
            return new DD(s, e - (s - p));
        }

        DD div(DD o) {
            double q1 = hi / o.hi;
            DD r = sub(o.mul(q1));
            double q2 = r.hi / o.hi;
            r = r.sub(o.mul(q2));
            double q3 = r.hi / o.hi;
            return of(q1).add(q2).add(q3);
        }

        DD scalb(int k) {
            return new DD(Math.scalb(hi, k), Math.scalb(lo, k));
        }

        DD sqrt() {
            double s = Math.sqrt(hi);
            DD sq = of(s).mul(s);
            double corr = sub(sq).hi / (2 * s);
            return of(s).add(corr);
        }
    }

    /** Constants computed once from exact decimal series. */
    /** pi to 900 digits, for reducing sine/cosine arguments of 2^20 and beyond. */
    private static final class BigPi {
        static final BigDecimal PI_900 = Const.pi(900);
    }

    private static final class Const {
        static final MathContext MC = new MathContext(60);
        // 90 digits are plenty for the double-double constants and the three-part pi/2; the
        // 900-digit pi that huge sine/cosine arguments need lives in BigPi, computed on first use
        // (computing it here cost about 0.5 s of CPU on the first math.log or math.atan2 call).
        private static final BigDecimal PI_80 = pi(80);
        static final DD LN2 = DD.of(ln2());
        static final DD LN10 = DD.of(ln2().multiply(BigDecimal.valueOf(3)).add(atanh(9).multiply(BigDecimal.valueOf(2)), MC));
        static final DD PI = DD.of(PI_80.round(MC));
        static final DD PIO2 = DD.of(PI_80.divide(BigDecimal.valueOf(2)).round(MC));
        static final double P1;
        static final double P2;
        static final double P3;

        static {
            BigDecimal pio2 = PI_80.divide(BigDecimal.valueOf(2));
            P1 = pio2.doubleValue();
            BigDecimal r = pio2.subtract(new BigDecimal(P1));
            P2 = r.doubleValue();
            r = r.subtract(new BigDecimal(P2));
            P3 = r.doubleValue();
        }

        /** atanh(1/n) = sum 1/((2k+1) n^(2k+1)). */
        static BigDecimal atanh(int n) {
            MathContext mc = new MathContext(70);
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal n2 = BigDecimal.valueOf((long) n * n);
            BigDecimal pow = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
            for (int k = 0; k < 200; k++) {
                BigDecimal term = pow.divide(BigDecimal.valueOf(2L * k + 1), mc);
                sum = sum.add(term, mc);
                if (term.compareTo(BigDecimal.ONE.movePointLeft(75)) < 0) {
                    break;
                }
                pow = pow.divide(n2, mc);
            }
            return sum;
        }

        static BigDecimal ln2() {
            return atanh(3).multiply(BigDecimal.valueOf(2), MC);
        }

        /** pi to {@code digits} digits by Machin's formula. */
        static BigDecimal pi(int digits) {
            MathContext mc = new MathContext(digits + 10);
            return arctanInv(5, mc).multiply(BigDecimal.valueOf(16)).subtract(arctanInv(239, mc).multiply(BigDecimal.valueOf(4)), mc);
        }

        static BigDecimal arctanInv(int n, MathContext mc) {
            BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
            BigDecimal n2 = BigDecimal.valueOf((long) n * n);
            BigDecimal sum = x;
            BigDecimal pow = x;
            BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
            for (int k = 1; ; k++) {
                pow = pow.divide(n2, mc);
                BigDecimal term = pow.divide(BigDecimal.valueOf(2L * k + 1), mc);
                if (term.compareTo(eps) < 0) {
                    break;
                }
                sum = (k % 2 == 1) ? sum.subtract(term, mc) : sum.add(term, mc);
            }
            return sum;
        }
    }

    /** Rounds {@code (hi + lo) * 2**k} to the nearest double. */
    private static double round(DD v, int k) {
        double r = Math.scalb(v.hi, k);
        if (Double.isInfinite(r) || Math.abs(r) >= Double.MIN_NORMAL) {
            return r; // scaling by a power of two is exact in the normal range
        }
        // The result is subnormal: round the exact sum once at the subnormal precision.
        BigDecimal exact = new BigDecimal(v.hi).add(new BigDecimal(v.lo));
        if (exact.signum() == 0) {
            return 0.0;
        }
        boolean negative = exact.signum() < 0;
        exact = exact.abs();
        // exact = unscaled * 10^-scale; scale it to a binary rational m * 2^e.
        BigInteger unscaled = exact.unscaledValue();
        int scale = exact.scale();
        double d;
        if (scale <= 0) {
            d = Exact.scaled(unscaled.multiply(BigInteger.TEN.pow(-scale)), k);
        } else {
            BigInteger den = BigInteger.TEN.pow(scale);
            d = k >= 0 ? Exact.ratio(unscaled.shiftLeft(k), den) : Exact.ratio(unscaled, den.shiftLeft(-k));
        }
        return negative ? -d : d;
    }

    // ------------------------------------------------------------------ exp and log

    /** e**a as a double-double times 2**k: returns the mantissa part, {@code k} in out[0]. */
    private static DD expParts(DD a, int[] k) {
        double kk = Math.rint(a.hi / Const.LN2.hi);
        DD r = a.sub(Const.LN2.mul(kk));
        DD s = r.scalb(-10);
        DD term = s;
        DD t = s;
        for (int n = 2; n < 30; n++) {
            term = term.mul(s).div(DD.of(n));
            t = t.add(term);
            if (Math.abs(term.hi) < 1e-40) {
                break;
            }
        }
        for (int i = 0; i < 10; i++) {
            t = t.scalb(1).add(t.mul(t));
        }
        k[0] = (int) kk;
        return t.add(1.0);
    }

    static DD expDD(DD a) {
        int[] k = new int[1];
        DD m = expParts(a, k);
        return m.scalb(k[0]);
    }

    static double exp(double x) {
        if (x > 709.8) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -745.2) {
            return 0.0;
        }
        return expOf(DD.of(x));
    }

    private static double expOf(DD a) {
        if (Double.isNaN(a.hi)) {
            return a.hi;
        }
        if (a.hi > 709.8) {
            return Double.POSITIVE_INFINITY;
        }
        if (a.hi < -745.2) {
            return 0.0;
        }
        int[] k = new int[1];
        DD m = expParts(a, k);
        return round(m, k[0]);
    }

    /** log(x) for finite x > 0. */
    static DD logDD(double x) {
        int e = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            e -= 54;
        }
        int ex = Math.getExponent(x);
        double m = Math.scalb(x, -ex);
        e += ex;
        if (m > Math.sqrt(2.0)) {
            m /= 2;
            e++;
        }
        double y0 = Math.log(m);
        DD d = expDD(DD.of(-y0)).mul(m).add(-1.0);
        DD y1 = DD.of(y0).add(d);
        return y1.add(Const.LN2.mul(e));
    }

    static double log(double x) {
        return logDD(x).hi;
    }

    static double log2(double x) {
        int ex = Math.getExponent(x);
        if (ex >= -1022 && x == Math.scalb(1.0, ex)) {
            return ex;
        }
        return logDD(x).div(Const.LN2).hi;
    }

    private static final double IVLN10 = 0x1.bcb7b1526e50ep-2;
    private static final double LOG10_2HI = 0x1.34413509f6000p-2;
    private static final double LOG10_2LO = 0x1.9fef311f12b36p-42;

    /**
     * log10(x) the way glibc computes it (not correctly rounded): the binary exponent k is split
     * off, and {@code k*log10(2)} is added to {@code log(m)/ln(10)} in plain double arithmetic.
     */
    static double log10(double x) {
        int k = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            k -= 54;
        }
        int e = Math.getExponent(x);
        k += e;
        int i = k < 0 ? 1 : 0;
        double m = Math.scalb(x, -e) / (i == 1 ? 2 : 1);
        double y = k + i;
        double z = y * LOG10_2LO + IVLN10 * log(m);
        return z + y * LOG10_2HI;
    }

    /** x**y for finite x > 0 and finite y. */
    static double pow(double x, double y) {
        return expOf(logDD(x).mul(y));
    }

    static double expm1(double x) {
        if (Math.abs(x) < 0.5) {
            DD s = DD.of(x);
            DD term = s;
            DD t = s;
            for (int n = 2; n < 40; n++) {
                term = term.mul(s).div(DD.of(n));
                t = t.add(term);
                if (Math.abs(term.hi) < Math.abs(t.hi) * 1e-36 || term.hi == 0) {
                    break;
                }
            }
            return t.hi;
        }
        if (x > 709.8) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -40) {
            return -1.0;
        }
        return expDD(DD.of(x)).add(-1.0).hi;
    }

    static double log1p(double x) {
        if (Math.abs(x) < 1e-5) {
            DD s = DD.of(x);
            DD pow = s;
            DD t = s;
            for (int n = 2; n < 20; n++) {
                pow = pow.mul(s);
                DD term = pow.div(DD.of(n));
                t = (n % 2 == 0) ? t.sub(term) : t.add(term);
                if (Math.abs(term.hi) < Math.abs(t.hi) * 1e-36 || term.hi == 0) {
                    break;
                }
            }
            return t.hi;
        }
        // log(u) for u = 1 + x held exactly as a double-double.
        double uh = 1.0 + x;
        double bb = uh - 1.0;
        DD u = new DD(uh, (1.0 - (uh - bb)) + (x - bb));
        double y0 = Math.log1p(x);
        DD d = expDD(DD.of(-y0)).mul(u).add(-1.0);
        return DD.of(y0).add(d).hi;
    }

    /** The cube root of a finite x, by one double-double Newton step. */
    static double cbrt(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        double ax = Math.abs(x);
        int k = 0;
        if (ax < 0x1p-900) {
            ax *= 0x1p900;
            k = -300;
        } else if (ax > 0x1p900) {
            ax *= 0x1p-900;
            k = 300;
        }
        double y0 = StrictMath.cbrt(ax);
        DD y = DD.of(y0);
        DD y3 = y.mul(y).mul(y);
        DD corr = y3.sub(DD.of(ax)).div(y.mul(y).mul(3.0));
        DD r = y.sub(corr);
        double v = Math.scalb(r.hi, k);
        return x < 0 ? -v : v;
    }

    // ------------------------------------------------------------------ trigonometry

    /** x reduced modulo pi/2: r in out, the quadrant (k mod 4) returned. */
    private static int reduce(double x, DD[] out) {
        if (Math.abs(x) <= Math.PI / 4) {
            out[0] = DD.of(x);
            return 0;
        }
        if (Math.abs(x) < 0x1p20) {
            double k = Math.rint(x / Const.P1);
            DD r = DD.of(x).sub(new DD(k * Const.P1, Math.fma(k, Const.P1, -k * Const.P1)));
            r = r.sub(new DD(k * Const.P2, Math.fma(k, Const.P2, -k * Const.P2)));
            r = r.sub(DD.of(k * Const.P3));
            out[0] = r;
            return (int) (((long) k) & 3);
        }
        BigDecimal bx = new BigDecimal(x);
        BigDecimal pio2 = BigPi.PI_900.divide(BigDecimal.valueOf(2));
        MathContext mc = new MathContext(bx.precision() + 400);
        BigDecimal q = bx.divide(pio2, mc).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal r = bx.subtract(q.multiply(pio2), mc);
        out[0] = DD.of(r.round(new MathContext(40)));
        return q.toBigInteger().and(BigInteger.valueOf(3)).intValue();
    }

    private static DD sinSeries(DD r) {
        DD r2 = r.mul(r);
        DD term = r;
        DD sum = r;
        for (int n = 3; n < 60; n += 2) {
            term = term.mul(r2).div(DD.of((double) (n - 1) * n)).neg();
            sum = sum.add(term);
            if (Math.abs(term.hi) <= Math.abs(sum.hi) * 1e-36) {
                break;
            }
        }
        return sum;
    }

    private static DD cosSeries(DD r) {
        DD r2 = r.mul(r);
        DD term = DD.of(1.0);
        DD sum = term;
        for (int n = 2; n < 60; n += 2) {
            term = term.mul(r2).div(DD.of((double) (n - 1) * n)).neg();
            sum = sum.add(term);
            if (Math.abs(term.hi) <= 1e-36) {
                break;
            }
        }
        return sum;
    }

    static DD sinDD(double x) {
        DD[] r = new DD[1];
        int q = reduce(x, r);
        return switch (q) {
            case 0 -> sinSeries(r[0]);
            case 1 -> cosSeries(r[0]);
            case 2 -> sinSeries(r[0]).neg();
            default -> cosSeries(r[0]).neg();
        };
    }

    static DD cosDD(double x) {
        DD[] r = new DD[1];
        int q = reduce(x, r);
        return switch (q) {
            case 0 -> cosSeries(r[0]);
            case 1 -> sinSeries(r[0]).neg();
            case 2 -> cosSeries(r[0]).neg();
            default -> sinSeries(r[0]);
        };
    }

    static double sin(double x) {
        if (Math.abs(x) < 0x1p-26) {
            return x; // sin(x) rounds to x; also keeps the sign of zero
        }
        return sinDD(x).hi;
    }

    static double cos(double x) {
        return cosDD(x).hi;
    }

    static double tan(double x) {
        if (Math.abs(x) < 0x1p-27) {
            return x;
        }
        DD[] r = new DD[1];
        int q = reduce(x, r);
        DD s = sinSeries(r[0]);
        DD c = cosSeries(r[0]);
        return (q & 1) == 0 ? s.div(c).hi : c.div(s).neg().hi;
    }

    /** atan(t) for a double-double t, by one Newton step from the double estimate. */
    private static DD atanDD(DD t) {
        if (Math.abs(t.hi) > 1.0) {
            // Newton on tan is only reliable near the root; use atan(t) = +-pi/2 - atan(1/t).
            DD inner = atanDD(DD.of(1.0).div(t));
            return t.hi > 0 ? Const.PIO2.sub(inner) : Const.PIO2.neg().sub(inner);
        }
        double y0 = Math.atan(t.hi);
        DD s = sinDD(y0);
        DD c = cosDD(y0);
        DD corr = c.mul(t.mul(c).sub(s));
        return DD.of(y0).add(corr);
    }

    static double atan(double x) {
        if (Math.abs(x) < 0x1p-27) {
            return x;
        }
        return atanDD(DD.of(x)).hi;
    }

    static double asin(double x) {
        if (Math.abs(x) < 0x1p-27) {
            return x;
        }
        if (Math.abs(x) == 1.0) {
            return Math.copySign(Const.PIO2.hi, x);
        }
        DD dx = DD.of(x);
        DD den = DD.of(1.0).sub(dx).mul(DD.of(1.0).add(dx)).sqrt();
        return atanDD(dx.div(den)).hi;
    }

    static double acos(double x) {
        if (x == 1.0) {
            return 0.0;
        }
        if (x == -1.0) {
            return Const.PI.hi;
        }
        DD dx = DD.of(x);
        DD den = DD.of(1.0).sub(dx).mul(DD.of(1.0).add(dx)).sqrt();
        return Const.PIO2.sub(atanDD(dx.div(den))).hi;
    }

    /** atan2(y, x) for finite, not both zero, arguments. */
    static double atan2(double y, double x) {
        if (x == 0) {
            return Math.copySign(Const.PIO2.hi, y);
        }
        if (y == 0) {
            return x > 0 ? y : Math.copySign(Const.PI.hi, y);
        }
        DD a;
        if (Math.abs(y) <= Math.abs(x)) {
            a = atanDD(DD.of(y).div(DD.of(x)));
            if (x < 0) {
                a = y > 0 ? a.add(Const.PI) : a.sub(Const.PI);
            }
        } else {
            DD inner = atanDD(DD.of(x).div(DD.of(y)));
            a = y > 0 ? Const.PIO2.sub(inner) : Const.PIO2.neg().sub(inner);
        }
        return a.hi == 0 ? Math.copySign(0.0, y) : a.hi;
    }
}
