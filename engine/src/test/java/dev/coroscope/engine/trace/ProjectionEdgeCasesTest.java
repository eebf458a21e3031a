package dev.coroscope.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The projection and the narration on hand-built streams of less common shapes. */
class ProjectionEdgeCasesTest {

    @Test
    void an_exception_raised_in_a_callee_propagates_into_the_caller() {
        Recorder rec = new Recorder();
        rec.call(1, -1, "<module>", 1, -1);
        rec.line(1, 7);
        rec.call(2, 1, "check", 3, -1);
        rec.line(2, 4);
        rec.raised(2, "ValueError", "bad value", 4);
        rec.unwound(2, "ValueError");
        rec.raised(1, "ValueError", "bad value", 7);
        Recording r = rec.snapshot();
        assertEquals("check() raises ValueError: bad value at line 4.", r.explain(4));
        assertEquals("check() is left by ValueError: the exception propagates to the module.", r.explain(5));
        assertEquals("The ValueError propagates into the module at line 7.", r.explain(6));
        TraceState s = r.stateAt(6);
        assertEquals(1, s.currentFrame());
        assertEquals(7, s.currentLine());
        assertEquals(List.of("<module>"), s.frames().stream().map(TraceState.FrameView::code).toList());
        assertEquals(new StepEvent.Return(5, null, 2, null, "ValueError"), r.event(5));
    }

    @Test
    void a_generator_suspends_back_to_whoever_iterates_it() {
        Recorder rec = new Recorder();
        rec.call(1, -1, "<module>", 1, -1);
        rec.line(1, 5);
        rec.coro(50, "gen", Flavor.GENERATOR, CoroState.CREATED, null, -1, 1, -1, null);
        rec.store(1, "g", "<generator object gen at 0x7f10>", false);
        rec.line(1, 6);
        rec.coro(50, "gen", Flavor.GENERATOR, CoroState.RUNNING, null, -1, 1, 2, null);
        rec.call(2, 1, "gen", 1, 50);
        rec.line(2, 2);
        rec.coro(50, "gen", Flavor.GENERATOR, CoroState.SUSPENDED, null, -1, 2, 2, null);
        rec.line(1, 7);
        rec.call(3, 1, "consume", 10, -1);
        rec.line(3, 11);
        rec.coro(50, "gen", Flavor.GENERATOR, CoroState.RUNNING, null, -1, 2, 2, null);
        rec.line(2, 3);
        Recording r = rec.snapshot();
        TraceState suspended = r.stateAt(8);
        assertEquals(1, suspended.currentFrame());
        assertTrue(suspended.coroutine(50).crSuspended());
        assertEquals(2, suspended.coroutine(50).line());
        assertEquals(Map.of("g", "<generator object gen at 0x7f10>"), suspended.frame(1).locals());
        assertEquals("The generator gen() suspends at line 2: gi_suspended is True; the value goes to whoever "
                + "iterated it.", r.explain(8));
        TraceState resumed = r.stateAt(13);
        assertEquals(3, resumed.frame(2).parent());
        assertEquals(2, resumed.currentFrame());
        assertEquals("The generator gen() resumes at line 2 where it was suspended: gi_running is True, "
                + "gi_suspended is False.", r.explain(12));
        assertEquals("Calling gen() creates a generator object: its body runs only when it is iterated.",
                r.explain(2));
    }

    @Test
    void globals_deletes_and_the_module_frame() {
        Recorder rec = new Recorder();
        rec.call(1, -1, "<module>", 1, -1);
        rec.store(1, "counter", "0", false);
        rec.store(1, "x", "1", false);
        rec.call(2, 1, "bump", 3, -1);
        rec.store(2, "counter", "1", true);
        rec.store(2, "tmp", "5", false);
        rec.delete(2, "tmp", false);
        rec.delete(1, "x", false);
        Recording r = rec.snapshot();
        TraceState s = r.stateAt(r.size() - 1);
        assertEquals(Map.of("counter", "1"), s.frame(1).locals());
        assertEquals(Map.of(), s.frame(2).locals());
        assertEquals("bump() sets the global counter = 1.", r.explain(4));
        assertEquals("bump() deletes tmp.", r.explain(6));
        assertEquals("The module sets counter = 0.", r.explain(1));
        assertEquals(List.of("counter", "x"), List.copyOf(r.stateAt(2).frame(1).locals().keySet()));
    }

    @Test
    void a_cancelled_sleeping_task_and_its_timer() {
        Recorder rec = new Recorder();
        rec.loopStart();
        rec.taskCreated(1, "Task-2", 10);
        rec.readyPush(100, "Task-2.__step()");
        rec.loopIteration();
        rec.readyPop(100);
        rec.taskRunning(1);
        rec.futureCreated(20, "<Future pending>");
        rec.timerPush(101, 5.0, "futures._set_result_unless_cancelled()");
        rec.taskWaiting(1, "sleep(5)", 20);
        rec.loopIteration();
        rec.timerCancel(101);
        rec.futureDone(20, FutureState.CANCELLED, "<Future cancelled>");
        rec.taskReady(1);
        rec.readyPush(102, "Task-2.task_wakeup()");
        rec.loopIteration();
        rec.readyPop(102);
        rec.taskRunning(1);
        rec.taskCancelled(1, "CancelledError()");
        Recording r = rec.snapshot();
        assertEquals(List.of(), r.protocolErrors());
        TraceState waiting = r.stateAt(8);
        assertEquals(1, waiting.timers().size());
        assertEquals(List.of("Task-2"), waiting.futures().get(0).waiters());
        TraceState cancelled = r.stateAt(10);
        assertTrue(cancelled.timers().isEmpty());
        assertEquals("The timer for t=5.0 is cancelled: futures._set_result_unless_cancelled() will not run.",
                r.explain(10));
        assertEquals("The future <Future cancelled> is cancelled: each of its callbacks is queued with "
                + "call_soon, in the order they were added.", r.explain(11));
        assertEquals("Task-2 resumes only to be cancelled: sleep(5), which it was waiting on, was cancelled, so "
                + "CancelledError is raised at its await.", r.explain(16));
        TraceState end = r.stateAt(r.size() - 1);
        assertEquals(TaskState.CANCELLED, end.task("Task-2").state());
        assertEquals("CancelledError()", end.task("Task-2").exception());
        assertEquals("Task-2 is cancelled: CancelledError ended its coroutine.", r.explain(17));
    }

    @Test
    void a_cancelled_timer_that_falls_due_is_queued_and_skipped_as_in_cpython() {
        Recorder rec = new Recorder();
        rec.loopStart();
        rec.timerPush(15, 0.30000000000000004, "futures._set_result_unless_cancelled()");
        rec.timerPush(17, 0.3, "Timeout._on_timeout()");
        rec.timerCancel(15);
        rec.loopIteration();
        rec.clock(0.3);
        rec.timerFire(17);
        rec.readyPush(17, "Timeout._on_timeout()");
        rec.timerFire(15);
        rec.readyPush(15, "futures._set_result_unless_cancelled()");
        rec.readyPop(17);
        rec.readyPop(15);
        Recording r = rec.snapshot();
        assertEquals(List.of(), r.protocolErrors());
        TraceState afterCancel = r.stateAt(3);
        assertEquals(List.of(17), afterCancel.timers().stream().map(TraceState.TimerView::handle).toList());
        TraceState queued = r.stateAt(9);
        assertEquals(List.of(new TraceState.HandleView(17, "Timeout._on_timeout()", false),
                new TraceState.HandleView(15, "futures._set_result_unless_cancelled()", true)), queued.ready());
        assertEquals("The cancelled timer for t=0.30000000000000004 falls due before the loop dropped it: it moves "
                + "to the ready queue, where it will be skipped.", r.explain(8));
        assertEquals("The loop takes futures._set_result_unless_cancelled() from the front of the ready queue, but "
                + "it was cancelled, so it is skipped.", r.explain(11));
        assertTrue(((StepEvent.Ready) r.event(9)).cancelled());
        assertTrue(JsonLines.toString(r).contains("\"op\":\"fire\",\"handle\":15,\"when\":0.30000000000000004,"
                + "\"callback\":\"futures._set_result_unless_cancelled()\",\"cancelled\":true}"));
    }

    @Test
    void time_sleep_inside_a_step_moves_the_clock_while_the_task_is_current() {
        Recorder rec = new Recorder();
        rec.loopStart();
        rec.taskCreated(1, "Task-1", 10);
        rec.readyPush(100, "Task-1.__step()");
        rec.loopIteration();
        rec.readyPop(100);
        rec.taskRunning(1);
        rec.clock(2.0);
        Recording r = rec.snapshot();
        assertEquals("The clock moves from 0.0 to 2.0 while Task-1 blocks the whole loop (time.sleep): nothing "
                + "else can run.", r.explain(6));
        assertEquals("Task-1", r.current(6));
        assertEquals(2.0, r.stateAt(6).clock());
    }

    @Test
    void warnings_and_stderr_are_kept_in_order() {
        Recorder rec = new Recorder();
        rec.call(1, -1, "<module>", 1, -1);
        rec.output(StdStream.STDOUT, "a\n");
        rec.warning("RuntimeWarning", "coroutine 'f' was never awaited");
        rec.output(StdStream.STDERR, "x.py:3: RuntimeWarning: coroutine 'f' was never awaited\n");
        rec.output(StdStream.STDOUT, "b\n");
        Recording r = rec.snapshot();
        TraceState s = r.stateAt(r.size() - 1);
        assertEquals("a\nb\n", s.stdout());
        assertEquals("x.py:3: RuntimeWarning: coroutine 'f' was never awaited\n", s.stderr());
        assertEquals(List.of(new TraceState.WarningView("RuntimeWarning", "coroutine 'f' was never awaited")),
                s.warnings());
        assertEquals(3, s.output().size());
        assertEquals(1, r.stateAt(1).output().size());
        assertEquals(0, r.stateAt(1).warnings().size());
        assertEquals("RuntimeWarning: coroutine 'f' was never awaited: a coroutine object was dropped without "
                + "ever being awaited, so its body never ran.", r.explain(2));
        assertNull(r.stateAt(-1).currentTask());
        assertEquals(0, r.stateAt(-1).output().size());
    }
}
