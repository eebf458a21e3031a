package dev.coroscope.engine.runtime;

/**
 * Size caps that turn memory bombs ({@code 'a' * 10**11}, {@code 10 ** 10 ** 9}) into
 * {@code MemoryError} long before the JVM heap is at risk.
 */
public final class Limits {
    private Limits() {}

    /** Longest string (in chars) a program may build. */
    public static final long MAX_STRING = 200_000_000L;
    /** Most elements in one list or tuple. */
    public static final long MAX_SEQUENCE = 50_000_000L;
    /** Largest int, in bits. */
    public static final long MAX_INT_BITS = 64_000_000L;
}
