package dev.coroscope.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.testing.TestPrograms;
import dev.coroscope.engine.trace.EndReason;
import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.StepEvent;
import dev.coroscope.engine.trace.TraceState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The real engine behind the app: what a run records, how it ends, and that Stop stops it. */
class EngineProgramRunnerTest {
    private final EngineProgramRunner runner = new EngineProgramRunner();

    private RunOutcome run(String source) {
        return runner.run(new RunJob(source, "main.py", partial -> { }));
    }

    @Test
    void a_program_that_prints_is_recorded_step_by_step_with_its_output() {
        RunOutcome out = run("for i in range(3):\n    print(i)\n");
        assertEquals(RunOutcome.Status.FINISHED, out.status());
        Recording r = out.recording();
        assertEquals("0\n1\n2\n", r.stateAt(r.size() - 1).stdout());
        assertEquals(EndReason.FINISHED, r.end().reason());
        assertEquals(List.of(), r.protocolErrors());
        List<Integer> lines = new ArrayList<>();
        r.forEach(e -> {
            if (e instanceof StepEvent.Line l) {
                lines.add(l.line());
            }
        });
        assertTrue(lines.containsAll(List.of(1, 2)) && lines.size() >= 6, "the loop's line events: " + lines);
    }

    @Test
    void a_generator_shows_as_a_suspended_coroutine_like_object_with_its_locals() {
        RunOutcome out = run("def count(n):\n    for i in range(n):\n        yield i\n\ng = count(2)\nnext(g)\nprint('x')\n");
        assertEquals(RunOutcome.Status.FINISHED, out.status());
        Recording r = out.recording();
        int printing = -1;
        for (int i = 0; i < r.size(); i++) {
            if (r.event(i) instanceof StepEvent.Line l && l.line() == 7) {
                printing = i;
            }
        }
        TraceState s = r.stateAt(printing);
        TraceState.CoroView g = s.coroutines().stream().filter(c -> c.name().equals("count")).findFirst().orElseThrow();
        assertEquals(dev.coroscope.engine.trace.CoroState.SUSPENDED, g.state());
        assertEquals(3, g.line());
        assertEquals("0", s.frame(g.frame()).locals().get("i"));
    }

    @Test
    void a_fault_inside_the_run_is_reported_in_the_engines_words_at_the_running_line() {
        // The partial-recording channel failing on the engine thread is a fault of Coroscope's,
        // not of the program: the engine's InternalError, never a Java name.
        RunOutcome out = runner.run(new RunJob(TestPrograms.SLOW_RUNAWAY, "main.py", partial -> {
            throw new IllegalStateException("broken viewer");
        }));
        assertEquals(RunOutcome.Status.INTERNAL_ERROR, out.status());
        assertEquals("InternalError", out.error().type());
        assertTrue(out.error().message().startsWith("Coroscope hit a bug while running line "), out.error().message());
        assertTrue(out.error().line() == 2 || out.error().line() == 3, "the loop's line: " + out.error().line());
        assertTrue(out.stderr().endsWith("InternalError: " + out.error().message() + "\n"), out.stderr());
        assertTrue(!out.stderr().contains("IllegalStateException") && !out.stderr().contains("java."), out.stderr());
    }

    @Test
    void a_syntax_error_is_reported_at_its_line_in_cpythons_words() {
        RunOutcome out = run(TestPrograms.resource("syntax_error.py"));
        assertEquals(RunOutcome.Status.SYNTAX_ERROR, out.status());
        assertEquals(3, out.error().line());
        assertEquals("SyntaxError: expected ':'", out.error().summary());
        assertEquals(TestPrograms.resource("syntax_error.err"), out.stderr());
    }

    @Test
    void an_uncaught_exception_is_reported_at_the_innermost_line_of_the_program() {
        RunOutcome out = run(TestPrograms.resource("runtime_error_sync.py"));
        assertEquals(RunOutcome.Status.FAILED, out.status());
        ProgramError e = ErrorLocator.locate(TestPrograms.resource("runtime_error_sync.err"), "main.py");
        assertEquals(e.line(), out.error().line());
        assertEquals(e.summary(), out.error().summary());
        Recording r = out.recording();
        assertEquals(TestPrograms.resource("runtime_error_sync.out"), r.stateAt(r.size() - 1).stdout());
    }

    @Test
    void a_runaway_program_stops_when_stop_is_asked_and_keeps_its_recording() throws Exception {
        // How soon is a figure of the visualizer benchmark (Stop on a runaway program), not a
        // timed unit test; here: it stops, says so, and what it recorded is kept.
        RunJob job = new RunJob(TestPrograms.SLOW_RUNAWAY, "main.py", partial -> { });
        CompletableFuture<RunOutcome> outcome = CompletableFuture.supplyAsync(() -> runner.run(job));
        Thread.sleep(300);
        job.requestStop();
        RunOutcome out = outcome.get(60, TimeUnit.SECONDS);
        assertEquals(RunOutcome.Status.STOPPED, out.status());
        assertEquals(EndReason.INTERRUPTED, out.recording().end().reason());
        assertTrue(out.recording().size() > 1, "kept " + out.recording().size() + " events");
    }

    @Test
    void a_stop_asked_before_the_engine_started_still_stops_it() throws Exception {
        RunJob job = new RunJob(TestPrograms.SLOW_RUNAWAY, "main.py", partial -> { });
        job.requestStop();
        RunOutcome out = CompletableFuture.supplyAsync(() -> runner.run(job)).get(10, TimeUnit.SECONDS);
        assertEquals(RunOutcome.Status.STOPPED, out.status());
    }

    @Test
    void a_program_past_the_step_budget_ends_with_the_budget_notice() {
        RunOutcome out = new EngineProgramRunner(1000)
                .run(new RunJob("while True:\n    pass\n", "main.py", partial -> { }));
        assertEquals(RunOutcome.Status.STEP_LIMIT, out.status());
        assertEquals(EndReason.STEP_LIMIT, out.recording().end().reason());
        assertTrue(out.recording().end().message().contains("step budget"), out.recording().end().message());
    }
}
