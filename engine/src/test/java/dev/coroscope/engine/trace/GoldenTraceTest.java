package dev.coroscope.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.engine.trace.run.TracedRun;
import dev.coroscope.engine.vm.OutputSink;
import dev.coroscope.engine.vm.RunRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden traces: each {@code src/test/resources/trace/NAME.py} runs in the engine with recording;
 * its stdout must equal {@code NAME.out} and its recording, projected onto settrace's events
 * ({@link SettraceView}), must equal {@code NAME.trace}, both recorded from CPython 3.11 by
 * {@code record.py}. The gather example must also show what issue 5 requires ({@link GatherChecks}).
 */
class GoldenTraceTest {
    private static final Path DIR = Path.of("src/test/resources/trace");

    @TestFactory
    Stream<DynamicTest> each_program_records_the_events_cpython_traces() throws IOException {
        List<Path> programs;
        try (Stream<Path> s = Files.list(DIR)) {
            programs = s.filter(p -> p.toString().endsWith(".py") && !p.getFileName().toString().equals("record.py"))
                    .sorted().toList();
        }
        return programs.stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> check(py)));
    }

    private static void check(Path py) throws IOException {
        String name = py.getFileName().toString().replace(".py", "");
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        OutputSink sink = new OutputSink() {
            @Override
            public void stdout(String text) {
                out.append(text);
            }

            @Override
            public void stderr(String text) {
                err.append(text);
            }
        };
        String source = Files.readString(py, StandardCharsets.UTF_8);
        TracedRun.Result r = TracedRun.run(new RunRequest(source, py.toAbsolutePath().toString(), sink));
        assertEquals("", err.toString(), name + ": stderr");
        assertEquals(Files.readString(DIR.resolve(name + ".out"), StandardCharsets.UTF_8), out.toString(),
                name + ": stdout");
        Recording rec = r.recording();
        assertEquals(List.of(), rec.protocolErrors(), name + ": protocol");
        List<String> expected = Files.readAllLines(DIR.resolve(name + ".trace"));
        List<String> actual = SettraceView.of(rec);
        assertEquals(String.join("\n", expected), String.join("\n", actual), name + ": settrace projection");
        assertTrue(rec.complete());
        if (name.equals("gather")) {
            GatherChecks.check(rec);
        }
    }
}
