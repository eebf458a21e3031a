package dev.coroscope.app.testing;

import dev.coroscope.app.run.ErrorLocator;
import dev.coroscope.app.run.ProgramRunner;
import dev.coroscope.app.run.RunJob;
import dev.coroscope.app.run.RunOutcome;
import dev.coroscope.engine.trace.EndReason;
import dev.coroscope.engine.trace.Recorder;
import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.StdStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link ProgramRunner} for tests that knows the {@link TestPrograms}: the gather example (also
 * with comments added at its end) and the many-tasks programs get their scripted recordings, the recorded syntax-error program gets
 * CPython's report, a program starting {@code while True:} runs (recording line events and
 * publishing partial recordings) until it is stopped, and any other text gets a run of its module
 * lines, once each, top to bottom.
 */
public final class ScriptedRunner implements ProgramRunner {
    /** How many runs were asked for. */
    public final AtomicInteger runs = new AtomicInteger();

    @Override
    public RunOutcome run(RunJob job) {
        runs.incrementAndGet();
        String source = job.source();
        if (source.startsWith(TestPrograms.gatherSource()) && onlyComments(source.substring(TestPrograms.gatherSource().length()))) {
            // Comments added at the end do not change the run.
            return finished(TestPrograms.gather());
        }
        for (int n : new int[] {10, 100}) {
            if (source.equals(TestPrograms.manyTasksSource(n))) {
                return finished(TestPrograms.manyTasks(n));
            }
        }
        if (source.equals(TestPrograms.resource("syntax_error.py"))) {
            return failed(RunOutcome.Status.SYNTAX_ERROR, TestPrograms.resource("syntax_error.err"), job.filename());
        }
        if (source.startsWith("while True:")) {
            return runaway(job);
        }
        return finished(moduleLines(source));
    }

    private static boolean onlyComments(String tail) {
        for (String line : tail.split("\n")) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                return false;
            }
        }
        return true;
    }

    private static RunOutcome finished(Recording r) {
        return new RunOutcome(RunOutcome.Status.FINISHED, r, null, "");
    }

    private static RunOutcome failed(RunOutcome.Status status, String stderr, String filename) {
        Recorder rec = new Recorder();
        rec.output(StdStream.STDERR, stderr);
        return new RunOutcome(status, rec.finish(EndReason.FINISHED, null), ErrorLocator.locate(stderr, filename),
                stderr);
    }

    private static RunOutcome runaway(RunJob job) {
        Recorder rec = new Recorder(5_000_000);
        rec.call(1, -1, "<module>", 1, -1);
        long lastPublish = System.nanoTime();
        int burst = 0;
        while (!job.stopRequested() && !rec.full()) {
            rec.line(1, 1);
            rec.line(1, 2);
            if (++burst == 200) {
                // About 400,000 events a second: a runaway, but one a test's heap can hold for a while.
                burst = 0;
                sleep();
            }
            if (System.nanoTime() - lastPublish > 20_000_000L) {
                job.publish(rec.snapshot());
                lastPublish = System.nanoTime();
            }
        }
        String stderr = "KeyboardInterrupt: the program was stopped\n";
        rec.output(StdStream.STDERR, stderr);
        return new RunOutcome(RunOutcome.Status.STOPPED, rec.finish(EndReason.INTERRUPTED, null), null, stderr);
    }

    private static void sleep() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The module's non-blank, non-comment lines, run once each. */
    public static Recording moduleLines(String source) {
        Recorder rec = new Recorder();
        rec.call(1, -1, "<module>", 1, -1);
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                rec.line(1, i + 1);
            }
        }
        rec.returned(1, "None");
        return rec.finish(EndReason.FINISHED, null);
    }
}
