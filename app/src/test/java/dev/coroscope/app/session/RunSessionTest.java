package dev.coroscope.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.run.EngineProgramRunner;
import dev.coroscope.app.run.RunOutcome;
import dev.coroscope.app.testing.DirectRunService;
import dev.coroscope.app.testing.ManualRunService;
import dev.coroscope.app.testing.ScriptedRunner;
import dev.coroscope.app.testing.Steps;
import dev.coroscope.app.testing.TestPrograms;
import dev.coroscope.engine.trace.EndReason;
import dev.coroscope.engine.trace.Recorder;
import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.StepEvent;
import dev.coroscope.engine.trace.TaskState;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunSessionTest {

    @Test
    void a_new_session_shows_an_empty_recording_and_no_step() {
        RunSession s = new RunSession(new DirectRunService(new EngineProgramRunner()));
        assertEquals(0, s.getRecording().size());
        assertEquals(-1, s.getStep());
        assertNull(s.getEvent());
        assertEquals(0, s.getState().tasks().size());
    }

    @Test
    void running_the_gather_example_shows_its_first_step_and_keeps_the_source() {
        RunSession s = new RunSession(new DirectRunService(new EngineProgramRunner()));
        s.run(TestPrograms.gatherSource());
        assertTrue(s.getRecording().size() > 50);
        assertEquals(0, s.getStep());
        assertFalse(s.isRunning());
        assertEquals(TestPrograms.gatherSource(), s.recordedSource());
        assertEquals("The program finished.", s.getRunMessage());
        assertEquals(RunOutcome.Status.FINISHED, s.outcomeProperty().get().status());
    }

    @Test
    void a_run_ended_by_a_signal_says_which_signal_and_the_exit_status_not_finished() {
        RunSession s = new RunSession(new DirectRunService(new EngineProgramRunner()));
        s.run("import signal\nprint('working')\nsignal.raise_signal(signal.SIGTERM)\nprint('never')\n");
        assertFalse(s.isRunning());
        assertEquals(RunOutcome.Status.KILLED, s.outcomeProperty().get().status());
        assertTrue(s.getRunMessage().startsWith("Ended by signal SIGTERM (exit status 143)"), s.getRunMessage());
        assertFalse(s.getRunMessage().contains("finished"), s.getRunMessage());
        // What the app shows comes from the recording's end marker: the same sentence, and the
        // output up to the signal.
        Recording r = s.getRecording();
        assertEquals(EndReason.KILLED, r.end().reason());
        assertEquals(s.getRunMessage(), r.end().message());
        StringBuilder out = new StringBuilder();
        for (var chunk : r.stateAt(r.size() - 1).output()) {
            out.append(chunk.text());
        }
        assertEquals("working\n", out.toString());
    }

    @Test
    void the_state_always_belongs_to_the_step_and_moves_are_clamped() {
        RunSession s = new RunSession(new DirectRunService(new EngineProgramRunner()));
        s.run(TestPrograms.gatherSource());
        int t3 = Steps.taskState(s.getRecording(), "Task-3", TaskState.WAITING, 1);
        s.moveTo(t3);
        assertEquals(t3, s.getState().step());
        assertEquals(TaskState.WAITING, s.getState().task("Task-3").state());
        s.moveTo(1_000_000);
        assertEquals(s.lastStep(), s.getStep());
        s.moveTo(-5);
        assertEquals(0, s.getStep());
    }

    @Test
    void a_forward_move_reports_its_distance_and_a_backward_one_is_a_jump() {
        RunSession s = new RunSession(new DirectRunService(new EngineProgramRunner()));
        s.run(TestPrograms.gatherSource());
        s.moveTo(3);
        assertEquals(3, s.moveDistanceProperty().get());
        s.moveTo(4);
        assertEquals(1, s.moveDistanceProperty().get());
        s.moveTo(2);
        assertEquals(0, s.moveDistanceProperty().get());
        s.jumpTo(40);
        assertEquals(0, s.moveDistanceProperty().get(), "a scrub forward is a jump too");
        assertEquals(40, s.getStep());
    }

    @Test
    void after_an_edit_the_learner_stays_on_the_same_line_of_the_program() {
        RunSession s = new RunSession(new DirectRunService(new EngineProgramRunner()));
        String before = "a = 1\nb = 2\nc = 3\n";
        s.run(before);
        int onB = Steps.line(s.getRecording(), -1, 2);
        s.moveTo(onB);
        s.run("z = 0\n" + before);
        StepEvent.Line now = (StepEvent.Line) s.getEvent();
        assertEquals(3, now.line(), "b = 2 moved down one line");
    }

    @Test
    void breakpoints_follow_their_lines_through_an_edit() {
        RunSession s = new RunSession(new DirectRunService(new EngineProgramRunner()));
        s.run("a = 1\nb = 2\nc = 3\n");
        s.toggleBreakpoint(2);
        s.toggleBreakpoint(3);
        s.run("# top\na = 1\nb = 2\nc = 3\n");
        assertEquals(Set.of(3, 4), Set.copyOf(s.breakpoints()));
        s.toggleBreakpoint(3);
        assertEquals(Set.of(4), Set.copyOf(s.breakpoints()));
    }

    @Test
    void a_syntax_error_is_reported_with_cpythons_words_at_its_line() {
        RunSession s = new RunSession(new DirectRunService(new EngineProgramRunner()));
        s.run(TestPrograms.resource("syntax_error.py"));
        assertNotNull(s.getError());
        assertEquals(3, s.getError().line());
        assertEquals("SyntaxError: expected ':'", s.getError().summary());
        s.run(TestPrograms.gatherSource());
        assertNull(s.getError(), "a good run clears the error");
    }

    @Test
    void a_quick_run_keeps_the_old_picture_until_it_ends() {
        long[] now = {0};
        ManualRunService runs = new ManualRunService();
        RunSession s = new RunSession(runs, () -> now[0]);
        s.run("a = 1\n");
        runs.finish(new RunOutcome(RunOutcome.Status.FINISHED, ScriptedRunner.moduleLines("a = 1\n"), null, ""));
        Recording shown = s.getRecording();
        s.run("a = 2\n");
        assertTrue(s.isRunning());
        now[0] = RunSession.LIVE_AFTER_NANOS / 2;
        runs.progress(partialRun(10));
        assertSame(shown, s.getRecording(), "a partial report of a quick run is not shown");
    }

    @Test
    void a_long_run_is_shown_live_and_stopping_it_keeps_what_was_recorded() {
        long[] now = {0};
        ManualRunService runs = new ManualRunService();
        RunSession s = new RunSession(runs, () -> now[0]);
        s.run("while True:\n    pass\n");
        runs.progress(partialRun(100));
        assertEquals(101, s.getRecording().size(), "a first run is shown live at once");
        s.moveTo(50);
        runs.progress(partialRun(400));
        assertEquals(50, s.getStep(), "the learner's step stays while more arrives");
        s.stop();
        assertEquals(1, runs.stops);
        Recorder rec = recorderWith(500);
        runs.finish(new RunOutcome(RunOutcome.Status.STOPPED, rec.finish(EndReason.INTERRUPTED, null), null, ""));
        assertFalse(s.isRunning());
        assertEquals(50, s.getStep());
        assertEquals(502, s.getRecording().size());
        assertTrue(s.getRunMessage().contains("stopped"), s.getRunMessage());
    }

    private static Recording partialRun(int lines) {
        return recorderWith(lines).snapshot();
    }

    private static Recorder recorderWith(int lines) {
        Recorder rec = new Recorder();
        rec.call(1, -1, "<module>", 1, -1);
        for (int i = 0; i < lines; i++) {
            rec.line(1, 1 + i % 2);
        }
        return rec;
    }
}
