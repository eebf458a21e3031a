package dev.coroscope.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Step over / into / out per task, breakpoints and granularity, on a run with a task switch inside an await. */
class NavigatorTest {
    /*
     * async def main():                      # 10
     *     t0 = asyncio.create_task(worker()) # 11
     *     helper()                           # 12
     *     await fetch()                      # 13   (fetch sleeps 0.1: worker runs meanwhile)
     *     print("done")                      # 14
     *     await asyncio.gather(t0)           # 15
     * def helper(): 31, 32    async def fetch(): 41 (sleep 0.1), 42    async def worker(): 51 (sleep 0), 52, 53
     */
    private static final List<SimRun.Op> MAIN = List.of(
            new SimRun.Line(11),
            new SimRun.Spawn("t0", "worker", 50, List.of(new SimRun.Line(51), new SimRun.Sleep(0), new SimRun.Line(52),
                    new SimRun.Set("y", "1"), new SimRun.Line(53)), "None"),
            new SimRun.Line(12),
            new SimRun.Call("helper", 30, List.of(new SimRun.Line(31), new SimRun.Set("a", "1"), new SimRun.Line(32)),
                    "None"),
            new SimRun.Line(13),
            new SimRun.Await("fetch", 40, List.of(new SimRun.Line(41), new SimRun.Set("b", "2"),
                    new SimRun.Sleep(0.1), new SimRun.Line(42)), "'x'"),
            new SimRun.Line(14), new SimRun.Print("done"),
            new SimRun.Line(15), new SimRun.Gather(List.of("t0")));

    private final Recording rec = SimRun.run(new Recorder(), 10, MAIN, 1, 10, 19);
    private final Navigator nav = rec.navigator();

    private int line(String task, int line) {
        return find(e -> e instanceof StepEvent.Line l && l.line() == line && java.util.Objects.equals(task, e.current()));
    }

    private int find(Predicate<StepEvent> p) {
        for (int i = 0; i < rec.size(); i++) {
            if (p.test(rec.event(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event");
    }

    private void assertLine(String task, int line, int index) {
        StepEvent e = rec.event(index);
        assertEquals("line " + line + " in " + task, e instanceof StepEvent.Line l
                ? "line " + l.line() + " in " + e.current() : e.toString());
    }

    @Test
    void the_run_is_what_the_comment_says() {
        assertEquals(List.of(), rec.protocolErrors());
        List<String> lines = rec.events(0, rec.size()).stream().filter(e -> e instanceof StepEvent.Line)
                .map(e -> ((StepEvent.Line) e).line() + "@" + e.current()).toList();
        assertEquals(List.of("1@null", "10@null", "19@null", "11@Task-1", "12@Task-1", "31@Task-1", "32@Task-1",
                "13@Task-1", "41@Task-1", "51@Task-2", "52@Task-2", "53@Task-2", "42@Task-1", "14@Task-1",
                "15@Task-1"), lines);
    }

    @Test
    void step_over_a_call_stays_in_the_frame() {
        assertLine("Task-1", 13, nav.stepOver(line("Task-1", 12), Set.of()));
    }

    @Test
    void step_into_a_call_enters_it() {
        assertLine("Task-1", 31, nav.stepInto(line("Task-1", 12), Set.of()));
    }

    @Test
    void step_out_stops_where_the_frame_returns_and_over_then_continues_in_the_caller() {
        int out = nav.stepOut(line("Task-1", 31), Set.of());
        StepEvent e = rec.event(out);
        assertEquals(EventKind.RETURN, e.kind());
        assertEquals("helper", rec.stateAt(out - 1).frame(((StepEvent.Return) e).frame()).code());
        assertEquals("main", rec.stateAt(out).frame(rec.stateAt(out).currentFrame()).code());
        assertLine("Task-1", 13, nav.stepOver(out, Set.of()));
    }

    @Test
    void step_over_an_await_that_suspends_skips_the_other_task_and_lands_after_it() {
        assertLine("Task-1", 14, nav.stepOver(line("Task-1", 13), Set.of()));
    }

    @Test
    void step_over_inside_the_awaited_coroutine_waits_for_its_resumption_in_the_same_task() {
        assertLine("Task-1", 42, nav.stepOver(line("Task-1", 41), Set.of()));
        assertLine("Task-1", 14, nav.stepOver(line("Task-1", 42), Set.of()));
    }

    @Test
    void step_into_follows_the_task_not_whatever_runs_next() {
        assertLine("Task-1", 41, nav.stepInto(line("Task-1", 13), Set.of()));
        assertLine("Task-1", 42, nav.stepInto(line("Task-1", 41), Set.of()));
        assertLine("Task-2", 51, nav.next(line("Task-1", 41), Granularity.LINE));
    }

    @Test
    void step_out_of_a_coroutine_stops_where_it_suspends() {
        int out = nav.stepOut(line("Task-1", 41), Set.of());
        StepEvent.Coro c = (StepEvent.Coro) rec.event(out);
        assertEquals("fetch", c.name());
        assertEquals(CoroState.SUSPENDED, c.state());
    }

    @Test
    void a_breakpoint_in_another_task_stops_step_over() {
        assertLine("Task-2", 52, nav.stepOver(line("Task-1", 13), Set.of(52)));
        assertLine("Task-2", 52, nav.runToBreakpoint(0, Set.of(52)));
        assertLine("Task-1", 14, nav.runToBreakpoint(nav.runToBreakpoint(0, Set.of(52)), Set.of(52, 14)));
        assertEquals(rec.size() - 1, nav.runToBreakpoint(line("Task-1", 14), Set.of(52)));
        assertLine("Task-2", 52, nav.previousBreakpoint(rec.size() - 1, Set.of(52)));
        assertEquals(0, nav.previousBreakpoint(line("Task-2", 52), Set.of(52)));
    }

    @Test
    void at_module_level_over_runs_the_whole_async_program_and_into_enters_it() {
        assertLine(null, 19, line(null, 19));
        assertEquals(rec.size() - 1, nav.stepOver(line(null, 19), Set.of()));
        assertLine("Task-1", 11, nav.stepInto(line(null, 19), Set.of()));
    }

    @Test
    void granularity_steps_stop_at_lines_awaits_and_loop_events() {
        int from = line("Task-1", 41);
        int await = nav.next(from, Granularity.AWAIT);
        StepEvent.Coro c = (StepEvent.Coro) rec.event(await);
        assertEquals("sleep", c.name());
        assertEquals(CoroState.RUNNING, c.state());
        int loop = nav.next(from, Granularity.LOOP);
        assertEquals(EventKind.LOOP, rec.kind(loop));
        assertEquals(from, nav.previous(nav.next(from, Granularity.LINE), Granularity.LINE));
        assertEquals(0, nav.previous(0, Granularity.LINE));
        assertEquals(rec.size() - 1, nav.next(rec.size() - 1, Granularity.LOOP));
        assertEquals(rec.size() - 1, nav.runToEnd());
    }

    @Test
    void the_state_after_step_out_of_helper_shows_its_return_value_gone_and_main_current() {
        int out = nav.stepOut(line("Task-1", 31), Set.of());
        TraceState s = rec.stateAt(out);
        assertEquals("Task-1", s.currentTask());
        assertEquals(List.of("<module>", "main"), s.frames().stream().map(TraceState.FrameView::code).toList());
    }
}
