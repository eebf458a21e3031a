package dev.coroscope.engine.runtime.num;

import java.math.BigInteger;

/**
 * {@code hash()} as CPython 3.11 computes it on 64-bit builds.
 *
 * <ul>
 *   <li>Numbers hash by value modulo the Mersenne prime {@code P = 2**61 - 1}, with the sign of the
 *       number, so equal ints, floats and bools hash equally ({@code hash(1) == hash(1.0) ==
 *       hash(True)}); {@code -1} is reserved and becomes {@code -2}.</li>
 *   <li>{@code inf} hashes to 314159, {@code -inf} to -314159. A NaN hashes by identity in 3.11
 *       (the caller passes the object's identity hash).</li>
 *   <li>Tuples combine their items' hashes with 3.11's xxHash-derived loop; frozensets xor a
 *       shuffled form of each member's hash, independent of order.</li>
 *   <li>{@code str} and {@code bytes}: CPython randomises these per process (SipHash with a random
 *       key), so no program can depend on their values; this class uses a fixed 64-bit FNV-1a over
 *       the code points followed by a mixing step, which keeps runs reproducible. Consequently the
 *       iteration order of sets of strings differs from any particular CPython run, as it does
 *       between two CPython runs.</li>
 * </ul>
 */
public final class PyHash {
    /** {@code sys.hash_info.modulus}. */
    public static final long MODULUS = (1L << 61) - 1;
    /** {@code sys.hash_info.inf}. */
    public static final long INF = 314159;
    private static final int BITS = 61;

    private static final long XXPRIME_1 = -7046029288634856825L; // 11400714785074694791
    private static final long XXPRIME_2 = -4417276706812531889L; // 14029467366897019727
    private static final long XXPRIME_5 = 2870177450012600261L;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    private PyHash() {
    }

    private static long fix(long h) {
        return h == -1 ? -2 : h;
    }

    /** {@code hash(n)} for an int that fits a long. */
    public static long hashLong(long n) {
        if (n >= 0) {
            return n < MODULUS ? n : n % MODULUS;
        }
        if (n == Long.MIN_VALUE) {
            return hashBig(BigInteger.valueOf(n));
        }
        long m = -n;
        return fix(-(m < MODULUS ? m : m % MODULUS));
    }

    /** {@code hash(n)} for any int. */
    public static long hashBig(BigInteger n) {
        if (n.bitLength() < 63) {
            return hashLong(n.longValue());
        }
        long h = n.abs().mod(BIG_MODULUS).longValue();
        return n.signum() < 0 ? fix(-h) : h;
    }

    /** {@code hash(b)} for a bool. */
    public static long hashBool(boolean b) {
        return b ? 1 : 0;
    }

    /**
     * {@code hash(x)} for a float; {@code identityHash} is used for NaN, which CPython 3.11 hashes
     * by object identity.
     */
    public static long hashDouble(double x, long identityHash) {
        if (Double.isNaN(x)) {
            return identityHash;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? INF : -INF;
        }
        if (x == 0) {
            return 0;
        }
        long m = Exact.significand(x);
        int e = Exact.exponent(x);
        // x = m * 2**e and 2**61 == 1 (mod P), so multiplying by 2**e is a rotation of 61 bits.
        int r = Math.floorMod(e, BITS);
        long h = r == 0 ? m : (((m << r) & MODULUS) | (m >>> (BITS - r)));
        if (h >= MODULUS) {
            h -= MODULUS;
        }
        return x < 0 ? fix(-h) : h;
    }

    /** {@code hash(t)} of a tuple whose items hash to {@code itemHashes}. */
    public static long hashTuple(long[] itemHashes) {
        long acc = XXPRIME_5;
        for (long lane : itemHashes) {
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += itemHashes.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /** The per-member term of a frozenset hash (CPython's _shuffle_bits). */
    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** {@code hash(fs)} of a frozenset whose members hash to {@code memberHashes}. */
    public static long hashFrozenset(long[] memberHashes) {
        long hash = 0;
        for (long h : memberHashes) {
            hash ^= shuffle(h);
        }
        hash ^= ((long) memberHashes.length + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    /** A deterministic stand-in for {@code hash(s)} of a str (see the class comment). */
    public static long hashStr(String s) {
        if (s.isEmpty()) {
            return 0; // as in CPython, the empty string hashes to 0
        }
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return fix(mix(h));
    }

    /** A deterministic stand-in for {@code hash(b)} of bytes; equal to the str hash of the same code points. */
    public static long hashBytes(byte[] b) {
        if (b.length == 0) {
            return 0;
        }
        long h = 0xcbf29ce484222325L;
        for (byte x : b) {
            h ^= x & 0xff;
            h *= 0x100000001b3L;
        }
        return fix(mix(h));
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
