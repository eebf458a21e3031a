package dev.coroscope.engine.trace.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.engine.vm.OutputSink;
import dev.coroscope.engine.vm.RunRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCliTest {
    private static final OutputSink QUIET = new OutputSink() {
        @Override
        public void stdout(String text) {
        }

        @Override
        public void stderr(String text) {
        }
    };

    @Test
    void trace_and_stats_files_are_written(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("t.jsonl");
        Path stats = dir.resolve("s.json");
        assertNull(TraceCli.checkWritable(trace.toString(), stats.toString()));
        TraceCli.Outcome o = TraceCli.run(new RunRequest("x = 1\nprint(x)\n", "p.py", QUIET), trace.toString(),
                stats.toString());
        assertEquals(List.of(), o.problems());
        assertEquals(0, o.run().exitStatus());
        List<String> lines = Files.readAllLines(trace);
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(lines.get(i).startsWith("{\"seq\":" + i + ","), lines.get(i));
        }
        assertTrue(lines.get(lines.size() - 1).contains("\"kind\":\"end\""));
        String json = Files.readString(stats).strip();
        assertTrue(json.matches("\\{\"steps\":2,\"events\":" + lines.size() + ",\"record_ms\":\\d+,\"retained_bytes\":\\d+,"
                + "\"bytes_per_event\":[0-9.]+,\"seek_p50_ms\":[0-9.]+,\"seek_p99_ms\":[0-9.]+,\"checkpoints\":0,"
                + "\"heap_bytes\":null,\"seek_p50_cpu_ms\":[0-9.]+,\"seek_p99_cpu_ms\":[0-9.]+}"), json);
    }

    @Test
    void an_unwritable_file_is_reported_before_running(@TempDir Path dir) {
        assertEquals("can't write '" + dir + "'", TraceCli.checkWritable(dir.toString(), null));
        assertEquals("can't write '" + dir.resolve("no/such/dir.json") + "'",
                TraceCli.checkWritable(null, dir.resolve("no/such/dir.json").toString()));
    }
}
