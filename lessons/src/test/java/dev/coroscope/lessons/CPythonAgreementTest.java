package dev.coroscope.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.coroscope.lessons.format.Json;
import dev.coroscope.lessons.predict.CoroStatus;
import dev.coroscope.lessons.predict.Observation;
import dev.coroscope.lessons.predict.PredictChecker;
import dev.coroscope.lessons.predict.TaskStatus;
import dev.coroscope.lessons.predict.Verdict;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs each lesson's example in the real CPython 3.11 through {@code tools/observe.py} (a virtual
 * clock, so no real waiting and no timing dependence) and checks, per lesson: the observer found
 * no ambiguous question or timer race; stdout is exactly {@code expected.out}; stderr matches
 * {@code expected.err} once library frames are set aside ({@link Stderr}); every predict answer
 * holds according to {@link PredictChecker}; and the checker reads the run as the observer does.
 * Skipped (not failed) where {@code python3} is missing or not 3.11. {@code record.sh --check},
 * which replays the examples in real time, is not run here.
 */
class CPythonAgreementTest {
    private static final Path OBSERVER = Path.of("tools", "observe.py");
    private static final boolean PYTHON_311 = python311();

    @TestFactory
    Stream<DynamicTest> every_example_and_answer_agrees_with_cpython() {
        return LessonCatalogTest.CATALOG.lessons().stream()
                .map(lesson -> dynamicTest(lesson.id(), () -> agree(lesson)));
    }

    private static void agree(Lesson lesson) throws Exception {
        assumeTrue(PYTHON_311, "python3 is not CPython 3.11 here");
        Path folder = LessonCatalogTest.SOURCES.resolve(lesson.id()).toAbsolutePath();
        Run run = observe(folder);
        List<String> failures = new ArrayList<>(run.problems);
        if (run.status != 0) {
            failures.add("the example exited with status " + run.status);
        }
        if (!run.stdout.toString().equals(lesson.expectedOut())) {
            failures.add("stdout differs from expected.out:\n" + run.stdout);
        }
        String stderr = run.stderr.toString().replace(folder + File.separator, "");
        if (!Stderr.comparable(stderr).equals(Stderr.comparable(lesson.expectedErr().orElse("")))) {
            failures.add("stderr differs from expected.err:\n" + stderr);
        }
        for (Verdict v : PredictChecker.check(lesson.questions(), run.observations)) {
            if (!v.correct()) {
                failures.add(v.message());
            }
            Object python = run.answers.get(v.question().id());
            if (!same(python, v.observed())) {
                failures.add("question '" + v.question().id() + "': the observer read " + python
                        + " but the checker read " + v.observed());
            }
        }
        assertEquals(List.of(), failures, lesson.id());
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Math.abs(x.doubleValue() - y.doubleValue()) < 1e-9;
        }
        return Objects.equals(a, b);
    }

    /** What the observer printed, decoded. */
    private static final class Run {
        final List<Observation> observations = new ArrayList<>();
        final StringBuilder stdout = new StringBuilder();
        final StringBuilder stderr = new StringBuilder();
        final Map<String, Object> answers = new HashMap<>();
        final List<String> problems = new ArrayList<>();
        int status = -1;
    }

    private static Run observe(Path folder) throws Exception {
        Path errors = Files.createTempFile("observe", ".err");
        try {
            Process process = new ProcessBuilder("python3", OBSERVER.toString(), folder.toString())
                    .redirectError(errors.toFile()).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("observe.py did not finish in 120 s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("observe.py failed:\n" + Files.readString(errors));
            }
            return decode(out);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static Run decode(String jsonLines) throws Exception {
        Run run = new Run();
        for (String line : jsonLines.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Map<?, ?> e = (Map<?, ?>) Json.parse(line);
            switch ((String) e.get("kind")) {
                case "line" -> run.observations.add(new Observation.Line(number(e, "line").intValue()));
                case "task" -> run.observations.add(new Observation.TaskChange((String) e.get("task"),
                        TaskStatus.valueOf((String) e.get("state"))));
                case "coro" -> run.observations.add(new Observation.CoroChange(number(e, "id").longValue(),
                        (String) e.get("coro"), CoroStatus.valueOf((String) e.get("state")),
                        (Boolean) e.get("cr_running"), (Boolean) e.get("cr_suspended")));
                case "clock" -> run.observations.add(new Observation.ClockChange(number(e, "time").doubleValue()));
                case "stdout" -> {
                    run.observations.add(new Observation.Output((String) e.get("text")));
                    run.stdout.append((String) e.get("text"));
                }
                case "stderr" -> run.stderr.append((String) e.get("text"));
                case "answer" -> run.answers.put((String) e.get("question"), e.get("observed"));
                case "problem" -> run.problems.add("observer: " + (e.get("question") == null ? ""
                        : "question '" + e.get("question") + "': ") + e.get("message"));
                case "exit" -> run.status = number(e, "status").intValue();
                default -> throw new AssertionError("unknown observer line: " + line);
            }
        }
        return run;
    }

    private static Number number(Map<?, ?> event, String key) {
        return (Number) event.get(key);
    }

    private static boolean python311() {
        try {
            Process p = new ProcessBuilder("python3", "-c",
                    "import sys; print(sys.version_info[:2] == (3, 11))").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(30, TimeUnit.SECONDS) && out.equals("True");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
