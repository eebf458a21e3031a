package dev.coroscope.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.run.TracedRun;
import dev.coroscope.engine.vm.OutputSink;
import dev.coroscope.engine.vm.RunRequest;
import dev.coroscope.engine.vm.RunResult;
import dev.coroscope.lessons.predict.Observations;
import dev.coroscope.lessons.predict.PredictChecker;
import dev.coroscope.lessons.predict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every lesson's example runs in Coroscope's own engine, recorded as the app records it, and
 * agrees with CPython: it exits with status 0, prints exactly {@code expected.out}, writes what
 * {@code expected.err} holds (compared as {@link Stderr#comparable} does), and every predict
 * question pauses at a step that exists in the recording and has the answer the lesson marks
 * ({@link PredictChecker} over {@link Observations#of(Recording)}).
 */
class EngineAgreementTest {
    /** The file name the examples run under, as {@code record.sh} shortens CPython's paths to it. */
    static final String FILENAME = "example.py";

    @TestFactory
    Stream<DynamicTest> every_example_runs_in_the_engine_as_in_cpython() {
        return LessonCatalogTest.CATALOG.lessons().stream()
                .map(lesson -> dynamicTest(lesson.id(), () -> agree(lesson)));
    }

    private static void agree(Lesson lesson) {
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
        TracedRun.Result run = TracedRun.run(new RunRequest(lesson.example(), FILENAME, sink));
        List<String> failures = new ArrayList<>();
        RunResult result = run.run();
        if (result.exitStatus() != 0 || result.outcome() != RunResult.Outcome.COMPLETED) {
            failures.add("the example ended with " + result.outcome() + " (status " + result.exitStatus() + ")");
        }
        if (!out.toString().equals(lesson.expectedOut())) {
            failures.add("stdout differs from expected.out:\n" + out);
        }
        if (!Stderr.comparable(err.toString()).equals(Stderr.comparable(lesson.expectedErr().orElse("")))) {
            failures.add("stderr differs from expected.err:\n" + err);
        }
        for (Verdict v : PredictChecker.check(lesson.questions(), Observations.of(run.recording()))) {
            if (!v.correct()) {
                failures.add(v.message());
            }
        }
        assertEquals(List.of(), failures, lesson.id());
    }
}
