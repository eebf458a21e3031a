package dev.coroscope.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.engine.trace.run.TracedRun;
import dev.coroscope.engine.vm.OutputSink;
import dev.coroscope.engine.vm.RunRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The recorder's properties on real recordings: every program of the engine's golden and
 * conformance corpora (whatever the engine can run of them today) is recorded as the app does,
 * then: the state at random steps equals folding the events from the start; stepping forward then
 * back returns to the same step and state; the output events reproduce exactly what the program
 * wrote; the asyncio protocol holds; every event has a sentence.
 */
class RealProgramsTest {
    private static final Path RESOURCES = Path.of("src/test/resources");

    @TestFactory
    Stream<DynamicTest> real_recordings_keep_the_projection_properties() throws IOException {
        List<Path> programs;
        try (Stream<Path> s = Stream.concat(Files.walk(RESOURCES.resolve("golden")),
                Files.walk(RESOURCES.resolve("conformance")))) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return programs.stream().map(py -> DynamicTest.dynamicTest(RESOURCES.relativize(py).toString(),
                () -> check(py)));
    }

    private static void check(Path py) throws IOException {
        StringBuilder written = new StringBuilder();
        OutputSink sink = new OutputSink() {
            @Override
            public void stdout(String text) {
                written.append(text);
            }

            @Override
            public void stderr(String text) {
                written.append(text);
            }
        };
        String source = Files.readString(py, StandardCharsets.UTF_8);
        Recorder recorder = new Recorder(Recorder.DEFAULT_MAX_EVENTS, 64, 0);
        TracedRun.Result r = TracedRun.run(new RunRequest(source, py.getFileName().toString(), sink)
                .withMaxSteps(200_000), recorder);
        Recording rec = r.recording();
        assertTrue(rec.complete(), "ends with the end marker");
        assertEquals(List.of(), rec.protocolErrors());

        TraceState last = rec.stateAt(rec.size() - 1);
        StringBuilder recorded = new StringBuilder();
        last.output().forEach(c -> recorded.append(c.text()));
        assertEquals(written.toString(), recorded.toString(), "output events reproduce the program's output");

        Random rnd = new Random(py.toString().hashCode());
        for (int k = 0; k < 8; k++) {
            int n = rnd.nextInt(rec.size() + 1) - 1;
            assertEquals(rec.snapshotOf(rec.foldFromStart(n)), rec.stateAt(n), "step " + n);
        }
        Navigator nav = rec.navigator();
        for (Granularity g : Granularity.values()) {
            int start = nav.next(rnd.nextInt(rec.size()) - 1, g);
            int forward = nav.next(start, g);
            if (nav.isStop(start, g) && forward != start && nav.isStop(forward, g)) {
                assertEquals(start, nav.previous(forward, g), g.toString());
            }
        }
        for (int k = 0; k < 30; k++) {
            String s = rec.explain(rnd.nextInt(rec.size()));
            assertFalse(s.isBlank());
            // "null" as a word (a Java null leaking into the text); names such as nullcontext are fine.
            assertFalse(s.matches("(?s).*\\bnull\\b.*"), s);
        }
    }
}
