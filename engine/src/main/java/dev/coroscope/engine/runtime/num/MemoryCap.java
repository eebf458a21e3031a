package dev.coroscope.engine.runtime.num;

import dev.coroscope.engine.runtime.text.PythonError;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The memory cap: a program may hold at most {@link #CAP} bytes of live Java heap, far below the
 * JVM's maximum, and past it gets a {@code MemoryError} it can catch, instead of the JVM (and the
 * app around it) running out of memory.
 *
 * <p>Two mechanisms, because the JVM has no cheap "live bytes" counter:
 * <ul>
 *   <li><b>Accounting at the big allocators.</b> Code about to build something whose size it
 *   knows in advance (sequence repetition, string and bytes concatenation and join, list growth,
 *   dict and set tables, big ints from power, shift and multiplication, padded formatting) calls
 *   {@link #reserve} with an estimate of the bytes first. A request larger than the cap fails at
 *   once, without allocating ({@code [0] * 10**10}, {@code 'a' * 10**11}). Smaller requests are
 *   added up; every {@link #SLICE} bytes reserved, the heap is measured.</li>
 *   <li><b>A periodic heap check</b> ({@link #check}), called by the interpreter every 1,024 steps,
 *   as a backstop for allocations nobody reserved (many small objects, frames, tasks).</li>
 * </ul>
 * Measuring is cheap ({@code totalMemory - freeMemory}) but counts garbage too; only when that
 * figure is over the cap is a full collection forced to learn the live size, so a program that
 * stays well under the cap never pays for a collection.
 *
 * <p>What is measured is the program's share of the heap: the heap minus what was in use when the
 * run started (the embedding's own data, earlier runs' recordings) and minus what the run's tracer
 * says it holds for this run (its recording, {@link #runStarting(LongSupplier)}), so recording a
 * long run never makes a small program fail. The start figure is exact (after a collection) when
 * the heap is fuller than half the cap, else it may include up to that much garbage, which only
 * gives the program that much more room. This state is per thread, so runs on different engine
 * threads each measure against their own start.
 *
 * <p>Lives in this package (which knows nothing of Python objects) so that the number and table
 * algorithms here can use it too; it raises {@link PythonError}, which the VM turns into the
 * Python exception.
 */
public final class MemoryCap {
    private MemoryCap() {}

    /** Bytes of live heap a program may reach: {@code coroscope.memoryCap} (MB), else half the heap, at most 320 MiB. */
    public static final long CAP = cap();
    /** Reserved bytes between two heap measurements. */
    static final long SLICE = Math.max(1 << 20, CAP / 16);

    private static final java.lang.Runtime JVM = java.lang.Runtime.getRuntime();
    /** What the current run's thread measures against (see the class comment). */
    private static final class Run {
        /** Heap in use when the run started (exact after a collection when the heap was full). */
        long baseline;
        /** Bytes the embedding holds on this run's behalf (its recording). */
        LongSupplier external = NOTHING_HELD;
        /** Where the work of filling a big allocation is charged, in steps (the step budget). */
        LongConsumer work = NOT_CHARGED;
    }

    // Classes, not lambdas: linking a lambda costs a fresh process more than loading a class.
    private static final LongSupplier NOTHING_HELD = new LongSupplier() { public long getAsLong() { return 0; } };
    private static final LongConsumer NOT_CHARGED = new LongConsumer() { public void accept(long steps) { } };

    /** Allocations from this size on are charged to the step budget ({@link #chargeWorkTo}). */
    static final long CHARGED_FROM = 1 << 16;
    /**
     * Bytes filled per step charged: {@code [0] * 100_000} (800 KB) costs 195 steps. Low enough
     * that a program hoarding memory meets the memory cap long before the default budget.
     */
    static final long BYTES_PER_STEP = 4096;

    /**
     * From now on, this thread's run charges {@code work} a step per {@link #BYTES_PER_STEP} bytes
     * of every reservation of at least {@link #CHARGED_FROM} bytes: filling a big list or string is
     * work the step budget must see, or {@code while True: x = [0] * 100_000} would allocate
     * gigabytes before its few steps ran out (and an interrupt is noticed there too).
     */
    public static void chargeWorkTo(LongConsumer work) {
        RUN.get().work = work;
    }

    /** This thread's run accounting, for a Python thread of the same run ({@link #adoptRun}). */
    public static Object currentRun() {
        return RUN.get();
    }

    /** Makes this thread measure and charge as the thread whose {@link #currentRun()} gave {@code run}. */
    public static void adoptRun(Object run) {
        RUN.set((Run) run);
    }

    private static final ThreadLocal<Run> RUN = ThreadLocal.withInitial(new Supplier<MemoryCap.Run>() { public MemoryCap.Run get() {
        return new Run();
    }});

    /** Bytes reserved since the last measurement (races between runs only shift a measurement). */
    private static long reservedSinceCheck;
    /**
     * Reserved bytes that may pass unmeasured: half the room the last measurement left (so the
     * cap cannot be overrun between two measurements), at most {@link #SLICE}.
     */
    private static long nextMeasure = SLICE;

    private static long cap() {
        long heap = maxHeap();
        long dflt = Math.min(heap / 2, 320L << 20);
        Long mb = Long.getLong("coroscope.memoryCap");
        return mb == null || mb <= 0 ? dflt : Math.min(mb << 20, heap);
    }

    private static long maxHeap() {
        long max = java.lang.Runtime.getRuntime().maxMemory();
        return max == Long.MAX_VALUE ? 4L << 30 : max;
    }

    /** The error every failed reservation raises (as CPython's: no message). */
    public static PythonError error() {
        return new PythonError("MemoryError", "");
    }

    /**
     * About to allocate about {@code bytes} (negative: an overflowed estimate, so too much).
     * Raises MemoryError if it cannot fit under the cap.
     */
    public static void reserve(long bytes) {
        grant(bytes);
        // Only granted allocations are work (10,000 tasks refused one after another must end
        // with their MemoryError, not at the budget).
        if (bytes >= CHARGED_FROM) RUN.get().work.accept(bytes / BYTES_PER_STEP);
    }

    /** Raises MemoryError unless {@code bytes} more fit under the cap. */
    private static void grant(long bytes) {
        if (bytes < 0 || bytes > CAP) throw error();
        // Only granted requests count as reserved: a refused one allocated nothing (and 10,000
        // tasks refused one after another must not look like 10,000 allocations).
        long since = reservedSinceCheck + bytes;
        if (since < nextMeasure) {
            reservedSinceCheck = since;
            reservedSinceCollection += bytes;
            return;
        }
        reservedSinceCheck = 0;
        long used = used();
        if (used + bytes <= CAP) {
            nextMeasure = Math.min(SLICE, (CAP - used - bytes) / 2);
            reservedSinceCollection += bytes;
            return;
        }
        long live;
        if (System.nanoTime() >= nextForcedCheck || reservedSinceCollection >= Math.max(CAP / 8, (CAP - lastLive) / 2)) {
            // Also collect again once much has been reserved since the last collection: what
            // was reserved may be garbage by now (temporaries), and trusting the sum would
            // fail a program whose live data is far below the cap. At most one collection per
            // half the room the last one found (an eighth of the cap at least) allocated.
            live = liveAfterCollection();
        } else {
            // Soon after a forced collection, estimate from it rather than collect again
            // (10,000 tasks failing one after another must not cost 10,000 collections).
            live = lastLive + reservedSinceCollection;
        }
        if (live + bytes <= CAP) {
            nextMeasure = Math.min(SLICE, (CAP - live - bytes) / 2);
            reservedSinceCollection += bytes;
            return;
        }
        nextMeasure = 0;
        throw error();
    }

    /**
     * A run begins: what earlier runs left (garbage the last estimate still counted) must not
     * count against it, so the next decision measures afresh.
     */
    public static void runStarting() {
        runStarting(() -> 0);
    }

    /**
     * A run begins on this thread; {@code external} tells how many bytes the embedding holds for
     * this run (its tracer's recording), which do not count against the program.
     */
    public static void runStarting(LongSupplier external) {
        nextForcedCheck = 0;
        nextMeasure = SLICE;
        reservedSinceCheck = 0;
        lastLive = 0;
        reservedSinceCollection = 0;
        Run run = RUN.get();
        run.external = external;
        run.work = new LongConsumer() { public void accept(long steps) { }};
        long used = heapUsed();
        // A heap fuller than half the cap is measured exactly, so that the garbage in it does
        // not give the program more than that much extra room.
        run.baseline = used > CAP / 2 ? liveHeapAfterCollection() : used;
    }

    /** {@code count} items of {@code bytesEach} bytes (the product saturates rather than overflowing). */
    public static void reserve(long count, long bytesEach) {
        if (count <= 0 || bytesEach <= 0) return;
        if (count > Long.MAX_VALUE / bytesEach) throw error();
        reserve(count * bytesEach);
    }

    /**
     * The backstop: raises MemoryError if the live heap is over the cap. Forced collections are
     * spaced so that they take at most a tenth of the time (a program churning through garbage
     * above the cap, but living below it, is slowed by 10% at worst); in between, this check
     * lets the program go on.
     */
    public static void check() {
        if (used() <= CAP) return;
        long now = System.nanoTime();
        if (now < nextForcedCheck) return;
        // New objects start in the young generation's eden, mostly garbage by the next young
        // collection; what survives it moves on and is counted then. So unless the heap is over
        // the cap without eden, a full collection (hundreds of milliseconds with 100 MB live) is
        // not forced yet: a program holding many small objects meets the cap one young
        // collection later, by when its eden has been measured again.
        if (used() - Eden.used() <= CAP) {
            nextForcedCheck = now + EDEN_RECHECK_NANOS;
            return;
        }
        if (liveAfterCollection() > CAP) throw error();
    }

    /** How long {@link #check} trusts a measurement without eden before measuring again. */
    static final long EDEN_RECHECK_NANOS = 20_000_000;

    /**
     * The young generation's eden, if the collector has one: its pools, found on first use (the
     * management classes cost a fresh process some milliseconds, so only a program that passed
     * the cap with garbage included pays for them).
     */
    private static final class Eden {
        private static final java.lang.management.MemoryPoolMXBean[] POOLS = find();

        private static java.lang.management.MemoryPoolMXBean[] find() {
            try {
                java.util.List<java.lang.management.MemoryPoolMXBean> eden = new java.util.ArrayList<>();
                for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                    if (p.getType() == java.lang.management.MemoryType.HEAP && p.getName().contains("Eden")) eden.add(p);
                }
                return eden.toArray(new java.lang.management.MemoryPoolMXBean[0]);
            } catch (RuntimeException | LinkageError e) {
                return new java.lang.management.MemoryPoolMXBean[0];
            }
        }

        /** Bytes in use in eden now (0 when unknown: everything counts, as before). */
        static long used() {
            long sum = 0;
            for (java.lang.management.MemoryPoolMXBean p : POOLS) {
                try {
                    sum += Math.max(0, p.getUsage().getUsed());
                } catch (RuntimeException e) {
                    return 0;
                }
            }
            return sum;
        }
    }

    /** The program's share of the heap now (garbage included): see the class comment. */
    private static long used() {
        Run run = RUN.get();
        long external;
        try {
            external = Math.max(0, run.external.getAsLong());
        } catch (RuntimeException e) {
            external = 0;
        }
        return Math.max(0, heapUsed() - run.baseline - external);
    }

    private static long heapUsed() {
        return JVM.totalMemory() - JVM.freeMemory();
    }

    private static long liveHeapAfterCollection() {
        System.gc();
        return heapUsed();
    }

    /** Live bytes at the last forced collection, and bytes reserved since. */
    private static volatile long lastLive;
    private static long reservedSinceCollection;

    /** When a collection may be forced again (before that, {@link #check} passes and {@link #reserve} trusts the measure). */
    private static volatile long nextForcedCheck;

    private static long liveAfterCollection() {
        long t0 = System.nanoTime();
        System.gc();
        long t1 = System.nanoTime();
        nextForcedCheck = t1 + 9 * (t1 - t0);
        lastLive = used();
        reservedSinceCollection = 0;
        return lastLive;
    }
}
