package dev.coroscope.engine.trace;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * The figures {@code --record-stats FILE} writes: how big a recording is and how fast the app can
 * seek in it.
 *
 * <p>Method. {@code recordMs}: wall time of running and recording the program in memory, as the
 * app does (measured by the caller). {@code retainedBytes}: {@link Recording#retainedBytes()}: the
 * capacities of the event log's arrays, the string arena and its tables, plus the checkpoints'
 * estimated object sizes (64-bit JVM, compressed oops); {@code heapBytes}, when measured, is a
 * cross-check: used heap after a full GC with the recording alive minus the same before the run.
 * Seeks: {@code seeks} uniformly random steps (fixed seed), each timed from the call to
 * {@link Recording#stateAt} until the immutable snapshot is built; p50 and p99 are nearest-rank
 * percentiles of wall time, and (extra fields) of the seeking thread's CPU time, which on a shared,
 * loaded machine separates the work a seek does from the time spent waiting for a core.
 */
public record RecordStats(int steps, int events, long recordMs, long retainedBytes, double bytesPerEvent,
                          double seekP50Ms, double seekP99Ms, int checkpoints, long heapBytes,
                          double seekP50CpuMs, double seekP99CpuMs) {

    /**
     * Sets up what {@link #measure} uses, so that a caller with an idle thread can pay for it while
     * the program runs: the thread-CPU clock ({@code ThreadMXBean}) costs 50-90 ms of wall time in
     * a fresh JVM (it loads the platform's management providers, some 250 classes), and the
     * reading side of a recording (projection replay, snapshots) is otherwise loaded by the first
     * seek. Idempotent and harmless to call from any thread at any time.
     */
    public static void prepare() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        if (mx.isCurrentThreadCpuTimeSupported()) {
            mx.getCurrentThreadCpuTime();
        }
        for (Class<?> c : new Class<?>[] {Recording.class, TraceState.class, EventLog.Reader.class,
                TraceState.TaskView.class, TraceState.CoroView.class, TraceState.FrameView.class}) {
            try {
                Class.forName(c.getName(), true, c.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        }
        String.format(Locale.ROOT, "%.3f", 1.5);
    }

    /** Times {@code seeks} random {@code stateAt} calls on {@code rec}. {@code heapBytes} may be -1 (not measured). */
    public static RecordStats measure(Recording rec, long recordMs, int seeks, long seed, long heapBytes) {
        double[] ms = new double[Math.max(1, seeks)];
        double[] cpu = new double[ms.length];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpuTime = mx.isCurrentThreadCpuTimeSupported();
        Random rnd = new Random(seed);
        int n = rec.size();
        for (int k = 0; k < ms.length; k++) {
            int at = n == 0 ? -1 : rnd.nextInt(n);
            long c0 = cpuTime ? mx.getCurrentThreadCpuTime() : 0;
            long t0 = System.nanoTime();
            TraceState s = rec.stateAt(at);
            long t1 = System.nanoTime();
            long c1 = cpuTime ? mx.getCurrentThreadCpuTime() : 0;
            if (s.step() != at) {
                throw new IllegalStateException("seek to " + at + " gave " + s.step());
            }
            ms[k] = (t1 - t0) / 1e6;
            cpu[k] = (c1 - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return new RecordStats(rec.steps(), n, recordMs, rec.retainedBytes(),
                n == 0 ? 0 : rec.retainedBytes() / (double) n, percentile(ms, 50), percentile(ms, 99),
                rec.checkpoints(), heapBytes, cpuTime ? percentile(cpu, 50) : -1, cpuTime ? percentile(cpu, 99) : -1);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /**
     * One JSON object with issue 5's fields, then {@code checkpoints}, {@code heap_bytes} (null if
     * not measured) and {@code seek_p50_cpu_ms}/{@code seek_p99_cpu_ms} (null if unavailable).
     */
    public String toJson() {
        return String.format(Locale.ROOT, "{\"steps\":%d,\"events\":%d,\"record_ms\":%d,\"retained_bytes\":%d,"
                        + "\"bytes_per_event\":%.2f,\"seek_p50_ms\":%.3f,\"seek_p99_ms\":%.3f,\"checkpoints\":%d,"
                        + "\"heap_bytes\":%s,\"seek_p50_cpu_ms\":%s,\"seek_p99_cpu_ms\":%s}", steps, events, recordMs,
                retainedBytes, bytesPerEvent, seekP50Ms, seekP99Ms, checkpoints,
                heapBytes < 0 ? "null" : Long.toString(heapBytes), cpuMs(seekP50CpuMs), cpuMs(seekP99CpuMs));
    }

    private static String cpuMs(double v) {
        return v < 0 ? "null" : String.format(Locale.ROOT, "%.3f", v);
    }
}
