package dev.coroscope.engine.trace.run;

import dev.coroscope.engine.trace.RecordStats;
import dev.coroscope.engine.trace.Recorder;
import dev.coroscope.engine.trace.TraceFiles;
import dev.coroscope.engine.vm.RunRequest;
import dev.coroscope.engine.vm.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line's recording modes, kept out of the CLI class: {@code --trace FILE} writes the
 * run's events as JSON Lines; {@code --record-stats FILE} records the run in memory exactly as the
 * app does, then times 1,000 random {@code stateAt} seeks and writes one JSON object
 * ({@link RecordStats}). Prints nothing itself: problems come back as one-line messages for the
 * CLI to print.
 */
public final class TraceCli {
    /** Seeks timed by {@code --record-stats}. */
    public static final int SEEKS = 1000;
    /**
     * System property that turns on the {@code heap_bytes} cross-check of {@code --record-stats}
     * (full GCs before and after, which would otherwise add to the timed process).
     */
    public static final String HEAP_PROPERTY = "coroscope.stats.heap";

    private TraceCli() {
    }

    /** The outcome of a recorded run and any problem writing the files (empty when none). */
    public record Outcome(RunResult run, List<String> problems) {
    }

    /**
     * Checks that the output files can be written (creating or truncating them), before anything
     * runs; returns the message for the first that cannot, or null.
     */
    public static String checkWritable(String traceFile, String statsFile) {
        for (String f : new String[] {traceFile, statsFile}) {
            if (f == null) {
                continue;
            }
            try {
                Files.writeString(Path.of(f), "", StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return "can't write '" + f + "'";
            }
        }
        return null;
    }

    /** Runs {@code request} with recording and writes the requested files. */
    public static Outcome run(RunRequest request, String traceFile, String statsFile) {
        if (statsFile != null) {
            // This thread only waits while the program runs: set up the seek timing meanwhile.
            Thread setup = new Thread(RecordStats::prepare, "coroscope-stats-setup");
            setup.setDaemon(true);
            setup.start();
        }
        boolean heap = statsFile != null && Boolean.getBoolean(HEAP_PROPERTY);
        long heapBefore = heap ? TraceFiles.usedHeapAfterGc() : 0;
        TracedRun.Result r = TracedRun.run(request, new Recorder());
        List<String> problems = new ArrayList<>();
        if (statsFile != null) {
            long heapBytes = heap ? TraceFiles.usedHeapAfterGc() - heapBefore : -1;
            RecordStats stats = RecordStats.measure(r.recording(), r.recordNanos() / 1_000_000L, SEEKS, 1L,
                    heapBytes);
            try {
                TraceFiles.writeStats(stats, Path.of(statsFile));
            } catch (IOException | RuntimeException e) {
                problems.add("can't write '" + statsFile + "'");
            }
        }
        if (traceFile != null) {
            try {
                TraceFiles.writeJsonLines(r.recording(), Path.of(traceFile));
            } catch (IOException | RuntimeException e) {
                problems.add("can't write '" + traceFile + "'");
            }
        }
        return new Outcome(r.run(), problems);
    }
}
