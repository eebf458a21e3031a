package dev.coroscope.engine.runtime.num;

import dev.coroscope.engine.runtime.text.PythonError;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The {@code random} module's generator, producing the same numbers as CPython 3.11 for the same
 * seed: the MT19937 Mersenne Twister ({@code _random.Random}) plus the algorithms of
 * {@code random.py} on top of it ({@code randrange} via rejection sampling on
 * {@code getrandbits}, {@code shuffle}, {@code sample}'s two strategies, {@code choices} with and
 * without weights, {@code gauss}, {@code triangular}...), with the module's error messages.
 *
 * <p>Seeding: an int seeds with the 32-bit words of its absolute value, least significant first
 * ({@code init_by_array}); {@code str}/{@code bytes} (version 2) with the big-endian int of the bytes
 * followed by their SHA-512 digest; any other hashable object with its hash taken as an unsigned
 * 64-bit number ({@link #seedWithHash}). {@code seed(None)} uses operating-system entropy in CPython;
 * the caller passes whatever entropy it wants to {@link #seed(BigInteger)}.
 *
 * <p>Methods that pick from sequences work on indices ({@link #choiceIndex}, {@link #sampleIndices},
 * {@link #choicesIndices}, {@link #shuffle(int, Swapper)}); the caller applies them to its objects.
 * Not thread-safe (one generator per Python {@code Random} instance).
 */
public final class PyRandom {
    private static final int N = 624;
    private static final int M = 397;
    private static final double NV_MAGICCONST = 4 * CrMath.exp(-0.5) / Math.sqrt(2.0);
    private static final double TWOPI = 2.0 * Math.PI;
    private static final double LOG4 = CrMath.log(4.0);
    private static final double SG_MAGICCONST = 1.0 + CrMath.log(4.5);

    private final int[] mt = new int[N];
    private int index = N + 1;
    private boolean hasGaussNext;
    private double gaussNext;

    /** Receives the swaps of {@link #shuffle(int, Swapper)}. */
    @FunctionalInterface
    public interface Swapper {
        void swap(int i, int j);
    }

    /** A generator seeded with {@code seed}. */
    public PyRandom(BigInteger seed) {
        seed(seed);
    }

    // ------------------------------------------------------------------ seeding

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        int len = key.length;
        for (int k = Math.max(N, len); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= len) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /** {@code seed(n)} for an int (its absolute value is used). */
    public void seed(BigInteger n) {
        BigInteger a = n.abs();
        int bits = a.bitLength();
        int words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
        int[] key = new int[words];
        for (int w = 0; w < words; w++) {
            key[w] = a.shiftRight(32 * w).intValue();
        }
        initByArray(key);
        hasGaussNext = false;
    }

    /** {@code seed(x)} for a non-int hashable object (e.g. a float): seeds with its hash as unsigned. */
    public void seedWithHash(long hash) {
        BigInteger n = BigInteger.valueOf(hash);
        if (hash < 0) {
            n = n.add(BigInteger.ONE.shiftLeft(64));
        }
        seed(n);
    }

    /** {@code seed(s)} (version 2) for a str (its UTF-8 bytes) or bytes. */
    public void seedBytes(byte[] bytes) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-512").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is required by every Java platform", e);
        }
        byte[] all = new byte[bytes.length + digest.length];
        System.arraycopy(bytes, 0, all, 0, bytes.length);
        System.arraycopy(digest, 0, all, bytes.length, digest.length);
        seed(new BigInteger(1, all));
    }

    // ------------------------------------------------------------------ core

    /** The next 32 random bits, as an unsigned value. */
    public long genrand32() {
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            for (; kk < N - 1; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            int y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    /** {@code random()}: a float in [0, 1) with 53 random bits. */
    public double random() {
        long a = genrand32() >>> 5;
        long b = genrand32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code getrandbits(k)}. */
    public BigInteger getrandbits(long k) {
        if (k < 0) {
            throw PythonError.valueError("number of bits must be non-negative");
        }
        if (k == 0) {
            return BigInteger.ZERO;
        }
        if (k <= 32) {
            return BigInteger.valueOf(genrand32() >>> (32 - k));
        }
        if (k > IntOps.MAX_BITS) {
            throw new PythonError("MemoryError", "");
        }
        int words = (int) ((k - 1) / 32 + 1);
        byte[] be = new byte[words * 4];
        long remaining = k;
        for (int i = 0; i < words; i++, remaining -= 32) {
            long r = genrand32();
            if (remaining < 32) {
                r >>>= (32 - remaining);
            }
            int off = (words - 1 - i) * 4;
            be[off] = (byte) (r >>> 24);
            be[off + 1] = (byte) (r >>> 16);
            be[off + 2] = (byte) (r >>> 8);
            be[off + 3] = (byte) r;
        }
        return new BigInteger(1, be);
    }

    /** A random int in [0, n) for n > 0, by rejection on {@code getrandbits(n.bit_length())}. */
    public BigInteger randbelow(BigInteger n) {
        int k = n.bitLength();
        BigInteger r = getrandbits(k);
        while (r.compareTo(n) >= 0) {
            r = getrandbits(k);
        }
        return r;
    }

    /** {@link #randbelow(BigInteger)} for a small positive n. */
    public int randbelow(int n) {
        int k = 32 - Integer.numberOfLeadingZeros(n);
        long r = genrand32() >>> (32 - k);
        while (r >= n) {
            r = genrand32() >>> (32 - k);
        }
        return (int) r;
    }

    // ------------------------------------------------------------------ integers

    /**
     * {@code randrange(start, stop, step)} for ints ({@code stop == null}: {@code randrange(start)};
     * {@code stepGiven} says whether a step argument was passed, which makes a missing stop an
     * error). The caller converts float arguments as CPython does (with its deprecation warning).
     */
    public BigInteger randrange(BigInteger start, BigInteger stop, BigInteger step, boolean stepGiven) {
        if (stop == null) {
            if (stepGiven) {
                throw PythonError.typeError("Missing a non-None stop argument");
            }
            if (start.signum() > 0) {
                return randbelow(start);
            }
            throw PythonError.valueError("empty range for randrange()");
        }
        BigInteger width = stop.subtract(start);
        if (step.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return start.add(randbelow(width));
            }
            throw PythonError.valueError("empty range for randrange() (" + start + ", " + stop + ", " + width + ")");
        }
        BigInteger n;
        if (step.signum() > 0) {
            n = IntOps.floorDiv(width.add(step).subtract(BigInteger.ONE), step);
        } else if (step.signum() < 0) {
            n = IntOps.floorDiv(width.add(step).add(BigInteger.ONE), step);
        } else {
            throw PythonError.valueError("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw PythonError.valueError("empty range for randrange()");
        }
        return start.add(step.multiply(randbelow(n)));
    }

    /** {@code randint(a, b)}. */
    public BigInteger randint(BigInteger a, BigInteger b) {
        return randrange(a, b.add(BigInteger.ONE), BigInteger.ONE, false);
    }

    /** {@code randbytes(n)}. */
    public byte[] randbytes(int n) {
        if (n < 0) {
            throw PythonError.valueError("negative argument not allowed");
        }
        return IntOps.toBytes(getrandbits(8L * n), n, false, false);
    }

    // ------------------------------------------------------------------ sequences

    /** {@code choice(seq)}: the index to pick from a sequence of {@code len} items. */
    public int choiceIndex(int len) {
        if (len == 0) {
            throw new PythonError("IndexError", "Cannot choose from an empty sequence");
        }
        return randbelow(len);
    }

    /** {@code shuffle(x)} for a sequence of {@code len} items: the swaps in CPython's order. */
    public void shuffle(int len, Swapper swapper) {
        for (int i = len - 1; i >= 1; i--) {
            int j = randbelow(i + 1);
            swapper.swap(i, j);
        }
    }

    /** {@code sample(population, k)}: the indices of the chosen items, in selection order. */
    public int[] sampleIndices(int n, long k) {
        if (k < 0 || k > n) {
            throw PythonError.valueError("Sample larger than population or is negative");
        }
        int kk = (int) k;
        int[] result = new int[kk];
        long setsize = 21;
        if (kk > 5) {
            setsize += (long) Math.pow(4, Math.ceil(CrMath.log(kk * 3.0) / CrMath.log(4.0)));
        }
        if (n <= setsize) {
            int[] pool = new int[n];
            for (int i = 0; i < n; i++) {
                pool[i] = i;
            }
            for (int i = 0; i < kk; i++) {
                int j = randbelow(n - i);
                result[i] = pool[j];
                pool[j] = pool[n - i - 1];
            }
        } else {
            java.util.HashSet<Integer> selected = new java.util.HashSet<>();
            for (int i = 0; i < kk; i++) {
                int j = randbelow(n);
                while (selected.contains(j)) {
                    j = randbelow(n);
                }
                selected.add(j);
                result[i] = j;
            }
        }
        return result;
    }

    /**
     * {@code sample(population, k, counts=counts)}: indices into the population (element
     * {@code i} repeated {@code counts[i]} times).
     */
    public int[] sampleIndices(int n, long k, long[] counts) {
        if (counts.length != n) {
            throw PythonError.valueError("The number of counts does not match the population");
        }
        long[] cum = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += counts[i];
            cum[i] = total;
        }
        if (total <= 0) {
            throw PythonError.valueError("Total of counts must be greater than zero");
        }
        if (total > Integer.MAX_VALUE) {
            throw new PythonError("MemoryError", "");
        }
        int[] selections = sampleIndices((int) total, k);
        int[] out = new int[selections.length];
        for (int i = 0; i < selections.length; i++) {
            // bisect_right over the cumulative counts without the last one
            int lo = 0;
            int hi = n - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (selections[i] < cum[mid]) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out[i] = lo;
        }
        return out;
    }

    /** {@code choices(population, k=k)} without weights: indices into a population of {@code n}. */
    public int[] choicesIndices(int n, int k) {
        int[] out = new int[Math.max(k, 0)];
        double dn = n;
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) Math.floor(random() * dn);
        }
        return out;
    }

    /**
     * {@code choices(population, cum_weights=cum, k=k)} (with {@code weights}, the caller
     * accumulates them first, as {@code itertools.accumulate} would): indices into the population.
     */
    public int[] choicesIndices(int n, double[] cumWeights, int k) {
        if (cumWeights.length != n) {
            throw PythonError.valueError("The number of weights does not match the population");
        }
        if (n == 0) {
            throw new PythonError("IndexError", "list index out of range");
        }
        double total = cumWeights[n - 1] + 0.0;
        if (total <= 0.0) {
            throw PythonError.valueError("Total of weights must be greater than zero");
        }
        if (!Double.isFinite(total)) {
            throw PythonError.valueError("Total of weights must be finite");
        }
        int[] out = new int[Math.max(k, 0)];
        int hi = n - 1;
        for (int i = 0; i < out.length; i++) {
            double x = random() * total;
            int lo = 0;
            int h = hi;
            while (lo < h) {
                int mid = (lo + h) >>> 1;
                if (x < cumWeights[mid]) {
                    h = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out[i] = lo;
        }
        return out;
    }

    // ------------------------------------------------------------------ distributions

    /** {@code uniform(a, b)}. */
    public double uniform(double a, double b) {
        return a + (b - a) * random();
    }

    /** {@code triangular(low, high, mode)}; {@code mode == null} means the midpoint. */
    public double triangular(double low, double high, Double mode) {
        double u = random();
        double c;
        if (mode == null) {
            c = 0.5;
        } else {
            if (high - low == 0) {
                return low;
            }
            c = (mode - low) / (high - low);
        }
        if (u > c) {
            u = 1.0 - u;
            c = 1.0 - c;
            double t = low;
            low = high;
            high = t;
        }
        return low + (high - low) * Math.sqrt(u * c);
    }

    /** {@code gauss(mu, sigma)}. */
    public double gauss(double mu, double sigma) {
        double z;
        if (hasGaussNext) {
            z = gaussNext;
            hasGaussNext = false;
        } else {
            double x2pi = random() * TWOPI;
            double g2rad = Math.sqrt(-2.0 * PyMath.log(1.0 - random()));
            z = PyMath.cos(x2pi) * g2rad;
            gaussNext = PyMath.sin(x2pi) * g2rad;
            hasGaussNext = true;
        }
        return mu + z * sigma;
    }

    /** {@code normalvariate(mu, sigma)}. */
    public double normalvariate(double mu, double sigma) {
        double z;
        while (true) {
            double u1 = random();
            double u2 = 1.0 - random();
            z = NV_MAGICCONST * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -PyMath.log(u2)) {
                break;
            }
        }
        return mu + z * sigma;
    }

    /** {@code lognormvariate(mu, sigma)}. */
    public double lognormvariate(double mu, double sigma) {
        return PyMath.exp(normalvariate(mu, sigma));
    }

    /** {@code expovariate(lambd)}. */
    public double expovariate(double lambd) {
        return FloatOps.trueDiv(-PyMath.log(1.0 - random()), lambd);
    }

    /** {@code gammavariate(alpha, beta)}. */
    public double gammavariate(double alpha, double beta) {
        if (alpha <= 0.0 || beta <= 0.0) {
            throw PythonError.valueError("gammavariate: alpha and beta must be > 0.0");
        }
        if (alpha > 1.0) {
            double ainv = Math.sqrt(2.0 * alpha - 1.0);
            double bbb = alpha - LOG4;
            double ccc = alpha + ainv;
            while (true) {
                double u1 = random();
                if (!(1e-7 < u1 && u1 < 0.9999999)) {
                    continue;
                }
                double u2 = 1.0 - random();
                double v = PyMath.log(u1 / (1.0 - u1)) / ainv;
                double x = alpha * PyMath.exp(v);
                double z = u1 * u1 * u2;
                double r = bbb + ccc * v - x;
                if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= PyMath.log(z)) {
                    return x * beta;
                }
            }
        } else if (alpha == 1.0) {
            return -PyMath.log(1.0 - random()) * beta;
        } else {
            double x;
            while (true) {
                double u = random();
                double b = (Math.E + alpha) / Math.E;
                double p = b * u;
                if (p <= 1.0) {
                    x = FloatOps.pow(p, 1.0 / alpha);
                } else {
                    x = -PyMath.log((b - p) / alpha);
                }
                double u1 = random();
                if (p > 1.0) {
                    if (u1 <= FloatOps.pow(x, alpha - 1.0)) {
                        break;
                    }
                } else if (u1 <= PyMath.exp(-x)) {
                    break;
                }
            }
            return x * beta;
        }
    }

    /** {@code betavariate(alpha, beta)}. */
    public double betavariate(double alpha, double beta) {
        double y = gammavariate(alpha, 1.0);
        if (y != 0) {
            return y / (y + gammavariate(beta, 1.0));
        }
        return 0.0;
    }

    /** {@code paretovariate(alpha)}. */
    public double paretovariate(double alpha) {
        double u = 1.0 - random();
        return FloatOps.pow(u, -1.0 / alpha);
    }

    /** {@code weibullvariate(alpha, beta)}. */
    public double weibullvariate(double alpha, double beta) {
        double u = 1.0 - random();
        return alpha * FloatOps.pow(-PyMath.log(u), 1.0 / beta);
    }

    // ------------------------------------------------------------------ state

    /** The internal state of {@code getstate()[1]}: 624 words (unsigned) and the position. */
    public long[] getInternalState() {
        long[] s = new long[N + 1];
        for (int i = 0; i < N; i++) {
            s[i] = mt[i] & 0xffffffffL;
        }
        s[N] = index;
        return s;
    }

    /** {@code getstate()[2]}: the cached second gauss value, or null. */
    public Double getGaussNext() {
        return hasGaussNext ? gaussNext : null;
    }

    /** {@code setstate((3, internal, gaussNext))}. */
    public void setState(long[] internal, Double gaussNextValue) {
        if (internal.length != N + 1) {
            throw PythonError.valueError("state vector is the wrong size");
        }
        long pos = internal[N];
        if (pos < 0 || pos > N) {
            throw PythonError.valueError("invalid state");
        }
        for (int i = 0; i < N; i++) {
            mt[i] = (int) internal[i];
        }
        index = (int) pos;
        hasGaussNext = gaussNextValue != null;
        gaussNext = gaussNextValue == null ? 0 : gaussNextValue;
    }
}
