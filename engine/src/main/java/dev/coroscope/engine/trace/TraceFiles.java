package dev.coroscope.engine.trace;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the command line's trace outputs ({@code --trace}, {@code --record-stats}) to files. */
public final class TraceFiles {
    private TraceFiles() {
    }

    /** Writes the recording as JSON Lines (UTF-8). */
    public static void writeJsonLines(Recording rec, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            JsonLines.write(rec, w);
        }
    }

    /** Writes one JSON object and a newline. */
    public static void writeStats(RecordStats stats, Path file) throws IOException {
        Files.writeString(file, stats.toJson() + "\n", StandardCharsets.UTF_8);
    }

    /** Used heap after asking for a full collection twice: for the {@code heap_bytes} cross-check. */
    public static long usedHeapAfterGc() {
        for (int k = 0; k < 2; k++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
