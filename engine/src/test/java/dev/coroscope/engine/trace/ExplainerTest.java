package dev.coroscope.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The narration a learner reads, on real wording. */
class ExplainerTest {
    private final Recording gather = SimRun.gather(new Recorder());

    private String explain(Recording r, Predicate<StepEvent> p) {
        for (int i = 0; i < r.size(); i++) {
            if (p.test(r.event(i))) {
                return r.explain(i);
            }
        }
        throw new AssertionError("no such event");
    }

    @Test
    void a_task_woken_by_its_timer_says_which_sleep_fired_and_when() {
        assertEquals("Task-3 resumes: its sleep(0.5) timer fired at t=0.5.", explain(gather,
                e -> e instanceof StepEvent.Task t && t.task().equals("Task-3") && t.state() == TaskState.RUNNING
                        && e.seq() > 60));
    }

    @Test
    void a_stored_task_is_shown_with_its_whole_repr_and_a_long_value_is_cut() {
        Recorder rec = new Recorder();
        rec.call(1, 0, "<module>", 1, 0);
        rec.store(1, "t2", "<Task pending name='Task-3' coro=<work() running at main.py:3>>", true);
        rec.store(1, "big", "[" + "1, ".repeat(60) + "1]", true);
        Recording r = rec.finish(EndReason.FINISHED, null);
        assertEquals("The module sets t2 = <Task pending name='Task-3' coro=<work() running at main.py:3>>.",
                explain(r, e -> e instanceof StepEvent.Store s && s.name().equals("t2")));
        String big = explain(r, e -> e instanceof StepEvent.Store s && s.name().equals("big"));
        assertTrue(big.startsWith("The module sets big = [1, 1, ") && big.endsWith("....") && big.length() < 130, big);
    }

    @Test
    void generators_and_async_generators_have_their_flags_named_as_python_names_them() {
        Recorder rec = new Recorder();
        rec.call(1, -1, "<module>", 1, -1);
        rec.line(1, 5);
        rec.coro(60, "ticks", Flavor.ASYNC_GENERATOR, CoroState.CREATED, null, -1, 1, -1, null);
        rec.coro(60, "ticks", Flavor.ASYNC_GENERATOR, CoroState.RUNNING, null, -1, 1, 2, null);
        rec.call(2, 1, "ticks", 1, 60);
        rec.line(2, 2);
        rec.coro(60, "ticks", Flavor.ASYNC_GENERATOR, CoroState.SUSPENDED, null, -1, 2, 2, null);
        rec.coro(60, "ticks", Flavor.ASYNC_GENERATOR, CoroState.RUNNING, null, -1, 2, 2, null);
        rec.coro(60, "ticks", Flavor.ASYNC_GENERATOR, CoroState.SUSPENDED, "<coroutine object sleep at 0x7f20>", -1, 3,
                2, null);
        TraceState awaiting = rec.snapshot().stateAt(8);
        assertTrue(awaiting.coroutine(60).runningFlag(), "ag_running stays True while it awaits");
        assertFalse(rec.snapshot().stateAt(6).coroutine(60).runningFlag(), "and is False once it yields");
        assertEquals("The async generator ticks() suspends at line 3, awaiting the coroutine sleep(): ag_running "
                + "stays True until it yields its next item.", rec.snapshot().explain(8));
        rec.coro(50, "gen", Flavor.GENERATOR, CoroState.CREATED, null, -1, 1, -1, null);
        rec.coro(50, "gen", Flavor.GENERATOR, CoroState.RUNNING, null, -1, 1, 3, null);
        rec.call(3, 1, "gen", 1, 50);
        rec.coro(50, "gen", Flavor.GENERATOR, CoroState.SUSPENDED, null, -1, 2, 3, null);
        rec.coro(50, "gen", Flavor.GENERATOR, CoroState.RUNNING, null, -1, 2, 3, null);
        Recording r = rec.finish(EndReason.FINISHED, null);
        assertEquals("The async generator ticks() suspends at line 2: ag_running is False; the value goes to "
                + "whoever asked for its next item.", explain(r, e -> e instanceof StepEvent.Coro c
                && c.name().equals("ticks") && c.state() == CoroState.SUSPENDED));
        assertEquals("The async generator ticks() resumes at line 2 where it was suspended: ag_running is True.",
                explain(r, e -> e instanceof StepEvent.Coro c && c.name().equals("ticks")
                        && c.state() == CoroState.RUNNING && e.seq() > 5));
        assertEquals("The generator gen() resumes at line 2 where it was suspended: gi_running is True, "
                + "gi_suspended is False.", explain(r, e -> e instanceof StepEvent.Coro c && c.name().equals("gen")
                && c.state() == CoroState.RUNNING && e.seq() > 10));
    }

    @Test
    void the_clock_jump_says_why_the_loop_sleeps() {
        assertEquals("The clock jumps from 0.5 to 1.0: nothing is ready, so the loop sleeps until the next timer.",
                explain(gather, e -> e instanceof StepEvent.Clock c && c.now() == 1.0));
    }

    @Test
    void awaiting_a_coroutine_directly_is_not_a_task_switch() {
        Recording r = SimRun.run(new Recorder(), 10, List.of(new SimRun.Line(11),
                new SimRun.Await("fetch", 2, List.of(new SimRun.Line(3)), "'done'"), new SimRun.Line(12)), 1, 13);
        assertEquals("main() awaits the coroutine fetch() directly: no task switch, fetch() runs inside Task-1's step.",
                explain(r, e -> e instanceof StepEvent.Coro c && c.name().equals("fetch")
                        && c.state() == CoroState.RUNNING));
        assertEquals("The coroutine fetch() returns 'done' to main(), which was awaiting it.",
                explain(r, e -> e instanceof StepEvent.Return ret && "'done'".equals(ret.value())));
    }

    @Test
    void creating_a_task_says_nothing_runs_yet() {
        assertEquals("create_task wraps the coroutine work() in Task-2: it is READY and its first step is queued, "
                + "but nothing runs yet.", explain(gather, e -> e instanceof StepEvent.Task t
                && t.task().equals("Task-2") && t.state() == TaskState.READY));
    }

    @Test
    void a_task_made_while_no_task_runs_is_not_said_to_come_from_create_task() {
        assertEquals("The coroutine main() is wrapped in Task-1 for the event loop to run: it is READY and its first "
                + "step is queued, but nothing runs yet.", explain(gather, e -> e instanceof StepEvent.Task t
                && t.task().equals("Task-1") && t.state() == TaskState.READY));
    }

    @Test
    void library_coroutines_of_tasks_are_named_and_asyncio_run_clean_up_is_explained() {
        Recorder rec = new Recorder();
        rec.call(1, -1, "<module>", 1, -1);
        rec.taskCreated(4, "Task-4", 90, "BaseEventLoop.shutdown_asyncgens");
        rec.taskRunning(4);
        rec.taskDone(4, "None");
        rec.taskCreated(5, "Task-5", 91, "BaseEventLoop.shutdown_default_executor");
        rec.coro(92, "main", Flavor.COROUTINE, CoroState.CREATED, null, -1, 3, -1, null);
        rec.taskCreated(6, "Task-6", 92, "main");
        rec.taskRunning(6);
        rec.taskCreated(7, "Task-7", 93, "sleep");
        Recording r = rec.finish(EndReason.FINISHED, null);
        assertEquals("asyncio.run is finishing: Task-4 will run the event loop's coroutine shutdown_asyncgens(), "
                + "which closes any async generator the program left unfinished; it is READY and its first step is "
                + "queued.", explain(r, e -> e instanceof StepEvent.Task t && t.task().equals("Task-4")
                && t.state() == TaskState.READY));
        assertEquals("Task-4 takes its first step: the event loop runs its coroutine shutdown_asyncgens().",
                explain(r, e -> e instanceof StepEvent.Task t && t.task().equals("Task-4")
                        && t.state() == TaskState.RUNNING));
        assertTrue(explain(r, e -> e instanceof StepEvent.Task t && t.task().equals("Task-5"))
                .contains("shutdown_default_executor(), which shuts down the thread pool"));
        assertEquals("create_task wraps the coroutine sleep() in Task-7: it is READY and its first step is queued, "
                + "but nothing runs yet.", explain(r, e -> e instanceof StepEvent.Task t && t.task().equals("Task-7")));
        String json = JsonLines.toString(r);
        assertFalse(json.contains("wraps a coroutine"), json);
    }

    @Test
    void an_exception_leaving_a_tasks_coroutine_or_the_module_says_where_it_ends() {
        Recorder rec = new Recorder();
        rec.call(1, -1, "<module>", 1, -1);
        rec.coro(7, "job", Flavor.COROUTINE, CoroState.CREATED, null, -1, 3, -1, null);
        rec.taskCreated(2, "Task-2", 7, "job");
        rec.taskRunning(2);
        rec.coro(7, "job", Flavor.COROUTINE, CoroState.RUNNING, null, -1, 3, 2, null);
        rec.call(2, -1, "job", 3, 7);
        rec.raised(2, "KeyError", "'k'", 4);
        rec.unwound(2, "KeyError");
        rec.coro(8, "numbers", Flavor.ASYNC_GENERATOR, CoroState.CREATED, null, -1, 9, -1, null);
        rec.raised(1, "KeyError", "'k'", 12);
        rec.unwound(1, "KeyError");
        Recording r = rec.finish(EndReason.FINISHED, null);
        assertEquals("job() is left by KeyError: Task-2 ends with that exception.", explain(r,
                e -> e instanceof StepEvent.Return ret && ret.frame() == 2));
        assertEquals("The module is left by KeyError: nothing catches it, so the program ends with its traceback.",
                explain(r, e -> e instanceof StepEvent.Return ret && ret.frame() == 1));
        assertEquals("Calling numbers() creates an async generator object: its body runs only when it is iterated.",
                explain(r, e -> e instanceof StepEvent.Coro c && c.coro() == 8));
    }

    @Test
    void what_a_coroutine_awaits_is_said_in_words() {
        assertEquals("an async generator's next item", Explainer.awaited("<async_generator_asend object at 0x7f01>"));
        assertEquals("the coroutine sleep()", Explainer.awaited("<coroutine object sleep at 0x7f3a6c000090>"));
        assertEquals("the coroutine fetch()", Explainer.awaited("<coroutine object Client.fetch at 0x7f01>"));
        assertEquals("the generator ticks()", Explainer.awaited("<generator object ticks at 0x7f01>"));
        assertEquals("a future", Explainer.awaited("<_asyncio.FutureIter object at 0x7f3a6c000060>"));
        assertEquals("<Task pending name='Task-2'>", Explainer.awaited("<Task pending name='Task-2'>"));
    }

    @Test
    void waiting_and_suspending_name_what_is_awaited() {
        assertEquals("Task-2 waits on sleep(1): it suspends and gives control back to the event loop.",
                explain(gather, e -> e instanceof StepEvent.Task t && t.state() == TaskState.WAITING
                        && t.task().equals("Task-2")));
        assertEquals("The coroutine work() suspends at line 4, awaiting the coroutine sleep(): "
                + "cr_suspended is True; control goes back to the event loop.", explain(gather,
                e -> e instanceof StepEvent.Coro c && c.name().equals("work") && c.state() == CoroState.SUSPENDED));
    }

    @Test
    void the_loop_and_its_queue_are_narrated() {
        assertEquals("The loop now runs the 2 handles queued when this iteration began, front first: "
                + "Task-2.__step().", explain(gather, e -> e instanceof StepEvent.Ready r && r.op() == ReadyOp.POP
                && r.callback().equals("Task-2.__step()")));
        assertEquals("The loop takes the next handle from the front of the ready queue: Task-3.__step().",
                explain(gather, e -> e instanceof StepEvent.Ready r && r.op() == ReadyOp.POP
                        && r.callback().equals("Task-3.__step()")));
        assertEquals("Task-3's sleep sets a timer for t=0.5 (0.5 s from now): when it fires, "
                + "futures._set_result_unless_cancelled() gives the sleep's future its result, which wakes the "
                + "sleeper.", explain(gather, e -> e instanceof StepEvent.Timer t && t.op() == TimerOp.PUSH
                && t.when() == 0.5));
        assertEquals("Event loop iteration 3 begins: due timers move to the ready queue, then the handles queued at "
                + "that moment run.", explain(gather, e -> e instanceof StepEvent.Loop l && l.iteration() == 3));
        assertEquals("The event loop starts running with 1 handle in the ready queue and no timers, clock at t=0.0.",
                explain(gather, e -> e instanceof StepEvent.Loop l && l.op() == LoopOp.START));
    }

    @Test
    void output_lines_and_results_are_narrated() {
        assertEquals("main() prints \"['a', 'b']\".", explain(gather, e -> e instanceof StepEvent.Output));
        assertEquals("main() runs line 11 (in Task-1).", explain(gather, e -> e instanceof StepEvent.Line l
                && l.line() == 11));
        assertEquals("Task-2 is done: its coroutine returned 'a'.", explain(gather,
                e -> e instanceof StepEvent.Task t && t.state() == TaskState.DONE && t.task().equals("Task-2")));
        assertEquals("The coroutine work() returns 'b': that is the result of Task-3.", explain(gather,
                e -> e instanceof StepEvent.Return r && "'b'".equals(r.value())));
    }

    @Test
    void a_coroutine_driven_by_send_returns_through_stop_iteration() {
        Recorder rec = new Recorder();
        rec.call(1, -1, "<module>", 1, -1);
        rec.coro(7, "main", Flavor.COROUTINE, CoroState.CREATED, null, -1, 3, -1, null);
        rec.coro(7, "main", Flavor.COROUTINE, CoroState.RUNNING, null, -1, 3, 2, null);
        rec.call(2, 1, "main", 3, 7);
        rec.returned(2, "'done'");
        Recording r = rec.snapshot();
        assertEquals("The module starts the coroutine main() (send): cr_running is True.", r.explain(2));
        assertEquals("The coroutine main() returns 'done': the send() in the module raises StopIteration carrying it.",
                r.explain(4));
    }

    @Test
    void a_loop_jumping_back_is_called_a_new_round() {
        Recorder rec = new Recorder();
        rec.call(1, -1, "<module>", 1, -1);
        rec.call(2, 1, "count", 3, -1);
        rec.line(2, 4);
        rec.line(2, 5);
        rec.line(2, 4, true);
        rec.line(2, 4, true);
        Recording r = rec.snapshot();
        assertEquals("count() jumps back to line 4 for the next round of its loop.", r.explain(4));
        assertEquals("count() jumps back to line 4 for the next round of its loop.", r.explain(5));
        assertEquals("The module calls count().", r.explain(1));
        assertTrue(((StepEvent.Line) r.event(4)).back());
        assertFalse(((StepEvent.Line) r.event(3)).back());
    }

    @Test
    void a_lower_line_without_a_loop_finishes_its_statement() {
        Recorder rec = new Recorder();
        rec.call(1, -1, "<module>", 1, -1);
        rec.call(2, 1, "withdraw", 5, -1);
        rec.line(2, 7);
        rec.line(2, 8);
        rec.line(2, 7);
        Recording r = rec.snapshot();
        assertEquals("withdraw() is back at line 7 to finish the statement that starts there.", r.explain(4));
    }

    @Test
    void the_step_budget_notice_says_the_recording_stays_browsable() {
        Recorder rec = new Recorder();
        rec.call(1, -1, "<module>", 1, -1);
        rec.line(1, 1);
        Recording r = rec.finish(EndReason.STEP_LIMIT, null);
        assertEquals("The program was stopped after 1 steps: the step budget ran out. Everything up to here can "
                + "still be browsed.", r.explain(r.size() - 1));
        assertEquals(EndReason.STEP_LIMIT, r.end().reason());
    }

    @Property(tries = 30)
    void every_event_has_one_sentence(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Recording r = SimPrograms.record(seed, new Recorder());
        for (int i = 0; i < r.size(); i++) {
            String s = r.explain(i);
            assertFalse(s.isBlank(), "event " + i);
            assertTrue(s.endsWith("."), s);
            assertFalse(s.contains("null"), s);
            assertFalse(s.contains("line 0"), s);
        }
    }
}
