package dev.coroscope.engine.trace;

/**
 * A stored value: either a {@link StringPool} id (its repr; {@code >= 0}), none ({@code -1}), or
 * a small int kept inline ({@code <= -2}), so the commonest locals (loop counters, sums) cost
 * neither a string nor a pool entry. Inline ints cover {@code |v| < 2^29}; their repr is the
 * decimal number, as Python's.
 */
final class ValueRef {
    static final int NONE = -1;
    private static final long LIMIT = 1L << 29;

    private ValueRef() {
    }

    /** True if {@code v} can be kept inline. */
    static boolean fits(long v) {
        return v > -LIMIT && v < LIMIT;
    }

    /** The ref of an inline int ({@link #fits} must hold). */
    static int ofInt(long v) {
        int z = (int) ((v << 1) ^ (v >> 63));
        return -2 - z;
    }

    static boolean isInt(int ref) {
        return ref <= -2;
    }

    static long intValue(int ref) {
        int z = -2 - ref;
        return (z >>> 1) ^ -(z & 1);
    }

    /** The repr text of a ref, or null for {@link #NONE}. */
    static String text(int ref, StringPool.View pool) {
        return ref <= -2 ? Long.toString(intValue(ref)) : pool.get(ref);
    }
}
