package dev.coroscope.engine.runtime.num;

import java.math.BigInteger;

/**
 * Big-int multiplication and power that can be stopped: a single {@code 10 ** 10 ** 7} or
 * {@code (a * a) * (a * a)} on numbers of millions of bits would otherwise be one Java call of many
 * seconds, during which neither the step budget nor an interrupt can act.
 *
 * <p>Products whose operands are both at most {@link #LEAF_BITS} are handed to
 * {@link BigInteger#multiply} (a few milliseconds at most). Larger ones are split here: an
 * unbalanced product into blocks of the shorter operand's size, a balanced one by Karatsuba's
 * three half-size products, down to leaves. Before each leaf the {@link Meter} is charged the
 * leaf's estimated cost in steps ({@link #cost}), so the interpreter's step budget counts the
 * work, and an interrupt (checked by the meter) stops the operation within one leaf. Powers are
 * computed by repeated squaring on top of that, with the factor two taken out as a shift.
 *
 * <p>Results are exactly {@link BigInteger#multiply}'s and {@link BigInteger#pow}'s; only the
 * order of the work differs.
 */
public final class BigWork {
    private BigWork() {}

    /** Receives the cost of work about to be done; may throw to stop it (budget spent, interrupt). */
    @FunctionalInterface
    public interface Meter {
        void charge(long steps);
    }

    /** Largest operand (in bits) multiplied in one call of {@link BigInteger#multiply}. */
    public static final int LEAF_BITS = 1 << 17;
    /** Costs below this are not charged (a few microseconds of work; not worth finding the meter). */
    public static final long FREE = 1024;
    /**
     * Work up to a product of two {@code 2 * LEAF_BITS} numbers (a few milliseconds) is done in one
     * call and not charged, as before this class existed: only work big enough to be split is
     * charged, so the budget and an interrupt can act inside it.
     */
    public static final long UNCHARGED = cost(2L * LEAF_BITS, 2L * LEAF_BITS);

    /** True when a product of these sizes is split here (and charged), rather than done in one call. */
    public static boolean splits(long bitsA, long bitsB) {
        return Math.max(bitsA, bitsB) > 2L * LEAF_BITS;
    }

    /**
     * The cost in steps of multiplying numbers of {@code bitsA} and {@code bitsB} bits: about
     * {@code w * v^0.465 / 2} for {@code w >= v} words of 64 bits (Toom-Cook's exponent, so a
     * balanced product of {@code n} words costs {@code n^1.465 / 2}). Measured on the JVM, a step of
     * this work then takes about 100 ns, a few interpreter steps: a 500,000-bit product costs
     * about 250,000 steps, and {@code 10 ** 10 ** 7} (many seconds) runs out the default budget of
     * 1,000,000 steps in a fraction of a second.
     */
    public static long cost(long bitsA, long bitsB) {
        double a = Math.max(1, bitsA / 64.0), b = Math.max(1, bitsB / 64.0);
        double longer = Math.max(a, b), shorter = Math.min(a, b);
        double c = longer * Math.pow(shorter, 0.465) / 2;
        return c >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) c;
    }

    /** {@code x * y}, charging {@code meter} as it goes. */
    public static BigInteger multiply(BigInteger x, BigInteger y, Meter meter) {
        int sign = x.signum() * y.signum();
        if (sign == 0) return BigInteger.ZERO;
        BigInteger r = x == y ? square(x.abs(), meter) : mulAbs(x.abs(), y.abs(), meter);
        return sign < 0 ? r.negate() : r;
    }

    /** {@code x ** e} for {@code e >= 0}, charging {@code meter} as it goes. */
    public static BigInteger pow(BigInteger x, long e, Meter meter) {
        if (e == 0) return BigInteger.ONE;
        int sign = x.signum() < 0 && (e & 1) == 1 ? -1 : 1;
        BigInteger base = x.abs();
        if (base.signum() == 0) return BigInteger.ZERO;
        int twos = base.getLowestSetBit();
        base = base.shiftRight(twos);
        BigInteger r;
        if (base.bitLength() * (double) e <= 2.0 * LEAF_BITS) {
            // Small enough for one call; still charged (repeated squaring of up to 2 leaves).
            charge(meter, cost((long) (base.bitLength() * (double) e), (long) (base.bitLength() * (double) e)));
            r = base.pow((int) e);
        } else {
            // Left to right: square, and multiply by the base where the exponent has a one.
            r = base;
            for (int bit = 62 - Long.numberOfLeadingZeros(e); bit >= 0; bit--) {
                r = square(r, meter);
                if ((e >>> bit & 1) == 1) r = mulAbs(r, base, meter);
            }
        }
        long shift = (long) twos * e;
        if (shift > 0) {
            if (shift > Integer.MAX_VALUE) throw new ArithmeticException("shift too large");
            r = r.shiftLeft((int) shift);
        }
        return sign < 0 ? r.negate() : r;
    }

    private static void charge(Meter meter, long steps) {
        if (steps >= FREE) meter.charge(steps);
    }

    private static BigInteger square(BigInteger a, Meter meter) {
        int n = a.bitLength();
        if (n <= LEAF_BITS) {
            charge(meter, cost(n, n));
            return a.multiply(a);
        }
        int k = half(n);
        BigInteger a1 = a.shiftRight(k), a0 = low(a, k);
        BigInteger z2 = square(a1, meter), z0 = square(a0, meter);
        BigInteger z1 = square(a1.add(a0), meter).subtract(z2).subtract(z0);
        return z2.shiftLeft(2 * k).add(z1.shiftLeft(k)).add(z0);
    }

    /** Product of two non-negative numbers. */
    private static BigInteger mulAbs(BigInteger a, BigInteger b, Meter meter) {
        if (a.bitLength() < b.bitLength()) {
            BigInteger t = a;
            a = b;
            b = t;
        }
        int la = a.bitLength(), lb = b.bitLength();
        if (lb == 0) return BigInteger.ZERO;
        if (lb <= LEAF_BITS && la <= 2 * LEAF_BITS) {
            charge(meter, cost(la, lb));
            return a.multiply(b);
        }
        if (2L * lb <= la || lb <= LEAF_BITS) {
            // Unbalanced: blocks of the longer number, each about as long as the shorter one.
            int k = Math.max(LEAF_BITS, (lb + 31) & ~31);
            int blocks = (la + k - 1) / k;
            BigInteger[] parts = new BigInteger[blocks];
            // Blocks cut from one byte array (k is a multiple of 8), not by a shift of the whole
            // number per block.
            byte[] mag = a.toByteArray();
            int kb = k / 8;
            for (int i = 0; i < blocks; i++) {
                int end = mag.length - i * kb, start = Math.max(0, end - kb);
                parts[i] = mulAbs(new BigInteger(1, mag, start, end - start), b, meter);
            }
            // Sum the shifted products pairwise, so no long partial sum is copied once per block.
            for (int step = k; blocks > 1; step *= 2) {
                int next = (blocks + 1) / 2;
                for (int i = 0; i < next; i++) {
                    BigInteger lo = parts[2 * i];
                    parts[i] = 2 * i + 1 < blocks ? lo.add(parts[2 * i + 1].shiftLeft(step)) : lo;
                }
                blocks = next;
            }
            return parts[0];
        }
        // Balanced and large: Karatsuba.
        int k = half(la);
        BigInteger a1 = a.shiftRight(k), a0 = low(a, k);
        BigInteger b1 = b.shiftRight(k), b0 = low(b, k);
        BigInteger z2 = mulAbs(a1, b1, meter), z0 = mulAbs(a0, b0, meter);
        BigInteger z1 = mulAbs(a1.add(a0), b1.add(b0), meter).subtract(z2).subtract(z0);
        return z2.shiftLeft(2 * k).add(z1.shiftLeft(k)).add(z0);
    }

    private static int half(int bits) {
        return ((bits / 2) + 31) & ~31;
    }

    /** The low {@code k} bits of a non-negative number. */
    private static BigInteger low(BigInteger a, int k) {
        if (a.bitLength() <= k) return a;
        return a.subtract(a.shiftRight(k).shiftLeft(k));
    }
}
