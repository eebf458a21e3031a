package dev.coroscope.engine.runtime.num;

import java.math.BigInteger;

/**
 * Correctly rounded conversions of exact binary rationals to double (round half to even, with
 * gradual underflow), the building block for int true division, {@code float.fromhex} and the exact
 * paths of {@code **}. Results too large for a double come back as infinity; callers raise the
 * Python error that fits.
 */
public final class Exact {
    private Exact() {
    }

    /** The integer significand m of a finite nonzero x: |x| = m * 2**{@link #exponent(double)}. */
    static long significand(double x) {
        long bits = Double.doubleToRawLongBits(x);
        long m = bits & ((1L << 52) - 1);
        return ((bits >>> 52) & 0x7ff) == 0 ? m : m | (1L << 52);
    }

    /** The binary exponent that goes with {@link #significand(double)}. */
    static int exponent(double x) {
        int biased = (int) (Double.doubleToRawLongBits(x) >>> 52) & 0x7ff;
        return biased == 0 ? -1074 : biased - 1075;
    }

    /** {@code num / den} for {@code num >= 0}, {@code den > 0}, correctly rounded. */
    public static double ratio(BigInteger num, BigInteger den) {
        if (num.signum() == 0) {
            return 0.0;
        }
        int s = 55 - (num.bitLength() - den.bitLength());
        BigInteger n = s > 0 ? num.shiftLeft(s) : num;
        BigInteger d = s < 0 ? den.shiftLeft(-s) : den;
        BigInteger[] qr = n.divideAndRemainder(d);
        return round(qr[0], qr[1].signum() != 0, -(long) s);
    }

    /** {@code m * 2**e} for {@code m >= 0}, correctly rounded. */
    public static double scaled(BigInteger m, long e) {
        return round(m, false, e);
    }

    /**
     * Rounds {@code (q + f) * 2**e} where {@code 0 <= f < 1} is nonzero exactly when {@code sticky}
     * (f never reaches one half unless it is part of q's dropped bits).
     */
    private static double round(BigInteger q, boolean sticky, long e) {
        if (q.signum() == 0) {
            return 0.0;
        }
        int qb = q.bitLength();
        long top = qb - 1 + e;
        if (top > 1023) {
            return Double.POSITIVE_INFINITY;
        }
        long p = top >= -1022 ? 53 : top + 1075;
        long drop = qb - p;
        if (drop <= 0 && !sticky) {
            return Math.scalb(q.doubleValue(), (int) Math.max(e, -2000));
        }
        if (drop <= 0) {
            // q is exact in the available bits and the sticky part is below half an ulp.
            return Math.scalb(q.doubleValue(), (int) Math.max(e, -2000));
        }
        BigInteger kept;
        boolean half;
        boolean rest;
        if (drop > qb) {
            kept = BigInteger.ZERO;
            half = false;
            rest = true;
        } else {
            kept = q.shiftRight((int) drop);
            half = q.testBit((int) drop - 1);
            rest = sticky || q.getLowestSetBit() < drop - 1;
        }
        if (half && (rest || kept.testBit(0))) {
            kept = kept.add(BigInteger.ONE);
        }
        if (kept.signum() == 0) {
            return 0.0;
        }
        return Math.scalb(kept.doubleValue(), (int) Math.max(e + drop, -2000));
    }
}
