package dev.coroscope.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecordStatsTest {

    @Test
    void the_stats_object_has_the_issue_fields_and_honest_counts() {
        Recording r = SimPrograms.record(7, new Recorder());
        RecordStats s = RecordStats.measure(r, 12, 100, 1, -1);
        assertEquals(r.steps(), s.steps());
        assertEquals(r.size(), s.events());
        assertEquals(r.retainedBytes(), s.retainedBytes());
        assertTrue(s.seekP50Ms() <= s.seekP99Ms());
        String json = s.toJson();
        assertTrue(json.matches("\\{\"steps\":\\d+,\"events\":\\d+,\"record_ms\":12,\"retained_bytes\":\\d+,"
                + "\"bytes_per_event\":[0-9.]+,\"seek_p50_ms\":[0-9.]+,\"seek_p99_ms\":[0-9.]+,\"checkpoints\":\\d+,"
                + "\"heap_bytes\":null,\"seek_p50_cpu_ms\":[0-9.]+,\"seek_p99_cpu_ms\":[0-9.]+}"), json);
    }

    @Test
    void percentiles_are_nearest_rank() {
        double[] v = new double[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i + 1;
        }
        assertEquals(500.0, RecordStats.percentile(v, 50));
        assertEquals(990.0, RecordStats.percentile(v, 99));
        assertEquals(7.0, RecordStats.percentile(new double[] {7}, 99));
    }
}
