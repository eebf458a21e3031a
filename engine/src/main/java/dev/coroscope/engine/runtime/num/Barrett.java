package dev.coroscope.engine.runtime.num;

import java.math.BigInteger;

/**
 * Division by a modulus that a program uses again and again ({@code result * base % mod} in a
 * hand-written modular power, {@code x % p} in a loop), by Barrett reduction: with
 * {@code mu = 4**k // m} computed once for the {@code k}-bit modulus {@code m}, a number
 * {@code 0 <= x < 4**k} is divided by two multiplications and shifts instead of a long division.
 * {@link BigInteger}'s own division of a {@code 2k}-bit number by a {@code k}-bit one costs several
 * times more from a few hundred bits on (it estimates each quotient word with a 64-bit division
 * and corrects it), while its multiplication is a compiler intrinsic.
 *
 * <p>Only the last modulus is remembered, and only from its second use on is {@code mu} computed
 * (one division of {@code 4**k} by {@code m}), so a program dividing by ever-new numbers pays one
 * comparison per division. Results are exactly those of {@link BigInteger#divideAndRemainder}
 * (for the non-negative operands this applies to): see {@link #divmod}.
 */
public final class Barrett {
    private Barrett() {}

    /** Smallest modulus (in bits) worth it: below, BigInteger's division is as fast. */
    static final int MIN_BITS = 192;
    /** Largest modulus (in bits): its products stay single multiplications (see BigWork.LEAF_BITS). */
    static final int MAX_BITS = 1 << 16;

    /**
     * The last modulus seen and, from its second use on, its {@code mu} (or {@link #ALL_ONES} for a
     * modulus of all ones). Immutable, so safely shared.
     */
    private static final class Modulus {
        final BigInteger m;
        final int k;
        /** {@code 4**k // m} or {@link #ALL_ONES}; null while {@code m} was seen only once. */
        final BigInteger mu;

        Modulus(BigInteger m, BigInteger mu) {
            this.m = m;
            this.k = m.bitLength();
            this.mu = mu;
        }
    }

    /** What {@link #muFor} returns for a modulus of all ones: reduce with {@link #reduceAllOnes}. */
    private static final BigInteger ALL_ONES = BigInteger.valueOf(-1);

    private static Modulus last;

    /**
     * {@code {x // m, x % m}} by Barrett reduction, or null when it does not apply (a negative
     * operand, a modulus outside [{@link #MIN_BITS}, {@link #MAX_BITS}] bits, {@code x >= 4**k},
     * or the modulus's first use): the caller then divides as usual.
     */
    public static BigInteger[] divmod(BigInteger x, BigInteger m) {
        BigInteger mu = muFor(x, m);
        if (mu == null) return null;
        if (mu == ALL_ONES) return reduceAllOnes(x, m, m.bitLength(), true);
        return reduce(x, m, mu, m.bitLength());
    }

    /** {@code x % m} by Barrett reduction, or null when it does not apply (as {@link #divmod}). */
    public static BigInteger mod(BigInteger x, BigInteger m) {
        BigInteger mu = muFor(x, m);
        if (mu == null) return null;
        if (mu == ALL_ONES) return reduceAllOnes(x, m, m.bitLength(), false)[1];
        return reduce(x, m, mu, m.bitLength())[1];
    }

    /**
     * {@code mu} of {@code m} when Barrett applies to {@code x} and {@code m}, {@link #ALL_ONES}
     * when {@code m} is {@code 2**k - 1}; else null.
     */
    private static BigInteger muFor(BigInteger x, BigInteger m) {
        int k = m.bitLength();
        if (k < MIN_BITS || k > MAX_BITS || m.signum() <= 0 || x.signum() < 0 || x.bitLength() > 2 * k) return null;
        Modulus e = last;
        if (e == null || (e.m != m && (e.k != k || !e.m.equals(m)))) {
            last = new Modulus(m, null);
            return null;
        }
        BigInteger mu = e.mu;
        if (mu == null) {
            mu = m.bitCount() == k ? ALL_ONES : BigInteger.ONE.shiftLeft(2 * k).divide(m);
            last = new Modulus(e.m, mu);
        }
        return mu;
    }

    /**
     * Barrett's reduction with base 2 (Handbook of Applied Cryptography, algorithm 14.42): for
     * {@code 0 <= x < 4**k} and {@code 2**(k-1) <= m < 2**k}, {@code q = ((x >> (k-1)) * mu) >> (k+1)}
     * is at most two less than {@code x // m}, so at most two subtractions correct the remainder.
     */
    static BigInteger[] reduce(BigInteger x, BigInteger m, BigInteger mu, int k) {
        BigInteger q = x.shiftRight(k - 1).multiply(mu).shiftRight(k + 1);
        BigInteger r = x.subtract(q.multiply(m));
        int fix = 0;
        while (r.compareTo(m) >= 0) {
            r = r.subtract(m);
            fix++;
        }
        if (fix > 0) q = q.add(BigInteger.valueOf(fix));
        return new BigInteger[] {q, r};
    }

    /**
     * Division by {@code m = 2**k - 1} (a modulus of all ones, as {@code 2**521 - 1}) for
     * {@code 0 <= x < 4**k}: with {@code x = hi * 2**k + lo} ({@code lo < 2**k}),
     * {@code x = hi * m + (hi + lo)}, and {@code hi + lo <= 2 * m}, so at most two subtractions of
     * {@code m} leave the remainder and add to the quotient {@code hi}. Shifts, a subtraction and an
     * addition instead of Barrett's two multiplications. The quotient is built only when asked for.
     */
    static BigInteger[] reduceAllOnes(BigInteger x, BigInteger m, int k, boolean quotient) {
        BigInteger hi = x.shiftRight(k);
        // lo + hi, with lo = x - (hi << k): BigInteger.and reads both operands a word at a time
        // through a call per word (getInt, never inlined: Relaunch), several times slower here.
        BigInteger r = x.subtract(hi.shiftLeft(k)).add(hi);
        int fix = 0;
        while (r.compareTo(m) >= 0) {
            r = r.subtract(m);
            fix++;
        }
        BigInteger q = null;
        if (quotient) q = fix > 0 ? hi.add(BigInteger.valueOf(fix)) : hi;
        return new BigInteger[] {q, r};
    }
}
