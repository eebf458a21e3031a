package dev.coroscope.lessons.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.lessons.predict.Observation.ClockChange;
import dev.coroscope.lessons.predict.Observation.CoroChange;
import dev.coroscope.lessons.predict.Observation.Line;
import dev.coroscope.lessons.predict.Observation.Other;
import dev.coroscope.lessons.predict.Observation.Output;
import dev.coroscope.lessons.predict.Observation.TaskChange;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PredictCheckerTest {
    /** Two tasks take turns; main waits for them. */
    private static final List<Observation> RUN = List.of(
            new Line(10),                                          // 0
            new TaskChange("Task-1", TaskStatus.RUNNING),          // 1
            new CoroChange(1, "work", CoroStatus.CREATED, false, false),
            new Line(11),                                          // 3
            new Output("start"), new Output(" "), new Other(),
            new Output("a\nrest"),                                 // 7
            new TaskChange("Task-1", TaskStatus.WAITING),
            new TaskChange("Task-2", TaskStatus.RUNNING),          // 9
            new CoroChange(1, "work", CoroStatus.RUNNING, true, false),
            new Line(4),                                           // 11
            new CoroChange(1, "work", CoroStatus.SUSPENDED, false, true),
            new ClockChange(0.1),
            new ClockChange(0.30000000000000004),
            new TaskChange("Task-2", TaskStatus.DONE),
            new CoroChange(1, "work", CoroStatus.CLOSED, false, false),
            new CoroChange(2, "work", CoroStatus.CREATED, false, false),
            new Line(4),                                           // 18
            new Output("end\n"));

    private static Verdict check(int line, int hit, Check check) {
        PredictQuestion q = new PredictQuestion("q", new Anchor(line, hit), "?", List.of("a", "b"), 0, check, "!");
        return PredictChecker.check(q, RUN);
    }

    @Test
    void the_pause_is_the_nth_start_of_the_line() {
        assertEquals(OptionalInt.of(11), PredictChecker.pauseIndex(RUN, new Anchor(4, 1)));
        assertEquals(OptionalInt.of(18), PredictChecker.pauseIndex(RUN, new Anchor(4, 2)));
        assertEquals(OptionalInt.empty(), PredictChecker.pauseIndex(RUN, new Anchor(4, 3)));
    }

    @Test
    void a_line_that_is_not_reached_often_enough_fails() {
        Verdict v = check(4, 3, new Check.Clock(0));
        assertFalse(v.correct());
        assertNull(v.observed());
        assertEquals("question 'q': line 4 is started fewer than 3 times in the run", v.message());
    }

    @Test
    void next_task_is_the_first_task_to_start_running_after_the_pause() {
        assertTrue(check(11, 1, new Check.NextTask("Task-2")).correct());
        Verdict wrong = check(10, 1, new Check.NextTask("Task-2"));
        assertFalse(wrong.correct());
        assertEquals("Task-1", wrong.observed());
        assertEquals("question 'q' at line 10 hit 1: next-task expects Task-2, the run shows Task-1", wrong.message());
    }

    @Test
    void next_output_joins_writes_up_to_the_newline() {
        assertEquals("start a", check(11, 1, new Check.NextOutput("start a")).observed());
        assertTrue(check(4, 2, new Check.NextOutput("end")).correct());
        assertFalse(check(4, 1, new Check.NextOutput("rest")).correct());
    }

    @Test
    void task_state_is_the_last_change_before_the_pause() {
        assertTrue(check(4, 1, new Check.TaskState("Task-1", TaskStatus.WAITING)).correct());
        assertTrue(check(4, 2, new Check.TaskState("Task-2", TaskStatus.DONE)).correct());
        Verdict unknown = check(4, 1, new Check.TaskState("Task-9", TaskStatus.READY));
        assertFalse(unknown.correct());
        assertNull(unknown.observed());
    }

    @Test
    void a_coroutine_is_the_first_open_one_with_that_name() {
        assertTrue(check(4, 1, new Check.CoroState("work", CoroStatus.RUNNING)).correct());
        assertTrue(check(4, 1, new Check.CoroFlag("work", Check.Flag.CR_RUNNING, true)).correct());
        assertTrue(check(4, 1, new Check.CoroFlag("work", Check.Flag.CR_SUSPENDED, false)).correct());
        // At the second pause coroutine 1 is closed, so coroutine 2 is the one asked about.
        assertTrue(check(4, 2, new Check.CoroState("work", CoroStatus.CREATED)).correct());
        assertFalse(check(4, 2, new Check.CoroState("other", CoroStatus.CREATED)).correct());
    }

    @Test
    void the_clock_starts_at_zero_and_compares_with_a_tolerance() {
        assertTrue(check(11, 1, new Check.Clock(0)).correct());
        Verdict later = check(4, 2, new Check.Clock(0.3));
        assertTrue(later.correct(), later.message());
        assertFalse(check(4, 2, new Check.Clock(0.31)).correct());
    }

    @Test
    void choices_are_matched_in_python_spelling() {
        assertTrue(new Check.CoroFlag("c", Check.Flag.CR_RUNNING, true).matchesChoice("True"));
        assertFalse(new Check.CoroFlag("c", Check.Flag.CR_RUNNING, true).matchesChoice("true"));
        assertTrue(new Check.Clock(0.5).matchesChoice("0.5"));
        assertTrue(new Check.Clock(2).matchesChoice("2"));
        assertFalse(new Check.Clock(2).matchesChoice("two"));
        assertEquals("2", new Check.Clock(2).expectedText());
        assertEquals("cr_suspended", Check.Flag.CR_SUSPENDED.attribute());
    }
}
