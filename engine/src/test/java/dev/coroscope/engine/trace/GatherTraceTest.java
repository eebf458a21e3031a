package dev.coroscope.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The gather example as the engine and asyncio will report it (simulated until they exist). */
class GatherTraceTest {
    private final Recording rec = SimRun.gather(new Recorder());

    @Test
    void the_gather_example_shows_what_issue_5_requires_in_order() {
        GatherChecks.check(rec);
    }

    @Test
    void the_simulated_run_matches_cpython_settrace_of_the_real_program() throws Exception {
        java.nio.file.Path golden = java.nio.file.Path.of("src/test/resources/trace/gather.trace");
        assertEquals(java.nio.file.Files.readAllLines(golden), SettraceView.of(rec));
    }

    @Test
    void after_both_sleeps_start_the_timer_heap_is_ordered_by_deadline_and_both_tasks_wait() {
        int i = firstIndex(e -> e instanceof StepEvent.Task t && t.task().equals("Task-3")
                && t.state() == TaskState.WAITING);
        TraceState s = rec.stateAt(i);
        assertEquals(List.of(0.5, 1.0), s.timers().stream().map(TraceState.TimerView::when).toList());
        assertEquals(TaskState.WAITING, s.task("Task-2").state());
        assertEquals("sleep(1)", s.task("Task-2").waitingOn());
        assertEquals(TaskState.WAITING, s.task("Task-1").state());
        assertEquals(0.0, s.clock());
        List<TraceState.CoroView> chain = s.awaitChain("Task-2");
        assertEquals(List.of("work", "sleep"), chain.stream().map(TraceState.CoroView::name).toList());
        assertTrue(chain.get(0).crSuspended());
        assertEquals("<Future pending>", chain.get(1).crAwait());
        assertEquals(4, s.taskLine("Task-2"));
        assertEquals(10, s.taskLine("Task-1"));
        assertEquals(-1, rec.stateAt(rec.size() - 1).taskLine("Task-2"));
        assertEquals(List.of("Task-1"), s.futures().stream().filter(f -> f.repr().contains("Gathering"))
                .findFirst().orElseThrow().waiters());
    }

    @Test
    void right_after_creating_both_tasks_they_are_ready_in_the_queue_and_nothing_of_them_ran() {
        int i = firstIndex(e -> e instanceof StepEvent.Store st && st.name().equals("t2"));
        TraceState s = rec.stateAt(i);
        assertEquals(List.of("Task-2.__step()", "Task-3.__step()"),
                s.ready().stream().map(TraceState.HandleView::callback).toList());
        assertEquals(TaskState.READY, s.task("Task-2").state());
        assertEquals(TaskState.RUNNING, s.task("Task-1").state());
        assertEquals("Task-1", s.currentTask());
        assertEquals(8 + 1, s.currentLine());
        TraceState.FrameView main = s.framesOf("Task-1").get(0);
        assertEquals("main", main.code());
        assertEquals(List.of("t1", "t2"), List.copyOf(main.locals().keySet()));
        TraceState.CoroView work = s.coroutine(s.task("Task-2").coro());
        assertEquals(CoroState.CREATED, work.state());
        assertFalse(work.crRunning());
        assertEquals(-1, work.frame());
    }

    @Test
    void the_loop_phase_tracks_iterations_and_the_handles_left_in_the_batch() {
        int i = firstIndex(e -> e instanceof StepEvent.Ready r && r.op() == ReadyOp.POP
                && r.callback().equals("Task-2.__step()"));
        TraceState s = rec.stateAt(i);
        assertEquals(LoopPhase.RUNNING_CALLBACKS, s.loop().phase());
        assertEquals(2, s.loop().iteration());
        assertEquals(1, s.loop().batchRemaining());
        assertNull(s.currentTask());
        TraceState last = rec.stateAt(rec.size() - 1);
        assertEquals(LoopPhase.CLOSED, last.loop().phase());
        assertEquals(new RunEnd(EndReason.FINISHED, "The program finished."), last.end());
        assertEquals(last.end(), rec.end());
    }

    @Test
    void closed_coroutines_leave_the_picture_unless_they_belong_to_a_task() {
        TraceState last = rec.stateAt(rec.size() - 1);
        assertEquals(List.of("main", "work", "work"), last.coroutines().stream().map(TraceState.CoroView::name).toList());
        last.coroutines().forEach(c -> assertEquals(CoroState.CLOSED, c.state()));
        assertTrue(last.frames().isEmpty());
    }

    @Test
    void scrub_marks_are_where_the_running_task_changes() {
        assertEquals(List.of("Task-1", "Task-2", "Task-3", "Task-2", "Task-1"),
                rec.scrubMarks().stream().map(ScrubMark::task).toList());
        assertEquals(List.of(0, 1, 2, 1, 0), rec.scrubMarks().stream().map(ScrubMark::taskIndex).toList());
        for (ScrubMark m : rec.scrubMarks()) {
            assertEquals(m.task(), rec.current(m.step()));
        }
    }

    private int firstIndex(java.util.function.Predicate<StepEvent> p) {
        for (int i = 0; i < rec.size(); i++) {
            if (p.test(rec.event(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event");
    }
}
