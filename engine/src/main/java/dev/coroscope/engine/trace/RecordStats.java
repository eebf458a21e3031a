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
 * percentiles.
 */
public record RecordStats(int steps, int events, long recordMs, long retainedBytes, double bytesPerEvent,
                          double seekP50Ms, double seekP99Ms, int checkpoints, long heapBytes) {

    /** Times {@code seeks} random {@code stateAt} calls on {@code rec}. {@code heapBytes} may be -1 (not measured). */
    public static RecordStats measure(Recording rec, long recordMs, int seeks, long seed, long heapBytes) {
        double[] ms = new double[Math.max(1, seeks)];
        Random rnd = new Random(seed);
        int n = rec.size();
        for (int k = 0; k < ms.length; k++) {
            int at = n == 0 ? -1 : rnd.nextInt(n);
            long t0 = System.nanoTime();
            TraceState s = rec.stateAt(at);
            long t1 = System.nanoTime();
            if (s.step() != at) {
                throw new IllegalStateException("seek to " + at + " gave " + s.step());
            }
            ms[k] = (t1 - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new RecordStats(rec.steps(), n, recordMs, rec.retainedBytes(),
                n == 0 ? 0 : rec.retainedBytes() / (double) n, percentile(ms, 50), percentile(ms, 99),
                rec.checkpoints(), heapBytes);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** One JSON object with issue 5's fields, then {@code checkpoints} and {@code heap_bytes} (null if not measured). */
    public String toJson() {
        return String.format(Locale.ROOT, "{\"steps\":%d,\"events\":%d,\"record_ms\":%d,\"retained_bytes\":%d,"
                        + "\"bytes_per_event\":%.2f,\"seek_p50_ms\":%.3f,\"seek_p99_ms\":%.3f,\"checkpoints\":%d,"
                        + "\"heap_bytes\":%s}", steps, events, recordMs, retainedBytes, bytesPerEvent, seekP50Ms,
                seekP99Ms, checkpoints, heapBytes < 0 ? "null" : Long.toString(heapBytes));
    }
}
