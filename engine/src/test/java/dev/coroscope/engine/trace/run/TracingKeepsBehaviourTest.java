package dev.coroscope.engine.trace.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coroscope.engine.trace.Recorder;
import dev.coroscope.engine.vm.Engine;
import dev.coroscope.engine.vm.OutputSink;
import dev.coroscope.engine.vm.RunRequest;
import dev.coroscope.engine.vm.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Watching a program never changes what it does: every program of the shared conformance corpus,
 * of the engine's golden corpus and of {@code trace/behaviour/} (programs that show objects with
 * addresses before asking their ids, and classes whose {@code __repr__} has side effects), run once untraced and once recorded exactly as the app
 * records it, writes byte for byte the same stdout and stderr (tracebacks and addresses included,
 * nothing normalised), ends with the same outcome and exit status, and counts the same steps.
 */
class TracingKeepsBehaviourTest {
    private static final Path RESOURCES = Path.of("src/test/resources");
    /** The conformance test's own budget, so that each program runs to its end both ways. */
    private static final long BUDGET = RunRequest.DEFAULT_MAX_STEPS * 20;

    @TestFactory
    Stream<DynamicTest> a_traced_run_writes_and_ends_exactly_as_the_untraced_run() throws IOException {
        List<Path> programs;
        try (Stream<Path> s = Stream.of("conformance", "golden", "trace/behaviour")
                .flatMap(TracingKeepsBehaviourTest::walk)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return programs.stream().map(py -> DynamicTest.dynamicTest(RESOURCES.relativize(py).toString(),
                () -> check(py)));
    }

    private static Stream<Path> walk(String dir) {
        try {
            return Files.walk(RESOURCES.resolve(dir));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Observed(String stdout, String stderr, RunResult result) {
    }

    private static void check(Path py) throws IOException {
        String source = Files.readString(py, StandardCharsets.UTF_8);
        String name = py.getFileName().toString();
        Capture plain = new Capture();
        RunResult untraced = Engine.run(new RunRequest(source, name, BUDGET, plain, null, null));
        Capture watched = new Capture();
        TracedRun.Result traced = TracedRun.run(new RunRequest(source, name, BUDGET, watched, null, null),
                new Recorder());
        assertEquals(new Observed(plain.out.toString(), plain.err.toString(), untraced),
                new Observed(watched.out.toString(), watched.err.toString(), traced.run()), name);
    }

    private static final class Capture implements OutputSink {
        final StringBuilder out = new StringBuilder();
        final StringBuilder err = new StringBuilder();

        @Override
        public void stdout(String text) {
            out.append(text);
        }

        @Override
        public void stderr(String text) {
            err.append(text);
        }
    }
}
