package dev.coroscope.app.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.testing.GatherFixture;
import dev.coroscope.app.testing.Steps;
import dev.coroscope.engine.trace.StepEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLoopViewModelTest {
    private final GatherFixture g = new GatherFixture();
    private final EventLoopViewModel loop = new EventLoopViewModel(g.session);

    @Test
    void right_after_creating_both_tasks_their_steps_wait_in_the_ready_queue_in_their_colours() {
        g.at(g.afterCreatingBothTasks());
        assertEquals(List.of("Task-2.__step()", "Task-3.__step()"),
                loop.ready().stream().map(EventLoopViewModel.HandleItem::callback).toList());
        assertEquals(List.of(1, 2), loop.ready().stream().map(EventLoopViewModel.HandleItem::colorIndex).toList());
        assertEquals(List.of(false, false),
                loop.ready().stream().map(EventLoopViewModel.HandleItem::thisIteration).toList());
        assertEquals(1, loop.iterationProperty().get());
    }

    @Test
    void the_timer_heap_is_ordered_by_deadline_and_names_the_sleeping_task() {
        g.at(g.allWaiting());
        assertEquals(List.of(0.5, 1.0), loop.timers().stream().map(EventLoopViewModel.TimerItem::when).toList());
        assertEquals(List.of("Task-3 \u00b7 sleep(0.5)", "Task-2 \u00b7 sleep(1)"),
                loop.timers().stream().map(EventLoopViewModel.TimerItem::label).toList());
        assertEquals(List.of(2, 1), loop.timers().stream().map(EventLoopViewModel.TimerItem::colorIndex).toList());
        assertEquals("t = 0 s", loop.clockTextProperty().get());
    }

    @Test
    void the_clock_jumps_to_each_deadline_when_nothing_is_ready() {
        int jump = Steps.first(g.rec, e -> e instanceof StepEvent.Clock);
        g.at(jump);
        assertEquals(0.5, loop.clockProperty().get());
        assertEquals("t = 0.5 s", loop.clockTextProperty().get());
        assertTrue(loop.horizonProperty().get() >= 1.0);
        g.atEnd();
        assertEquals("t = 1 s", loop.clockTextProperty().get());
    }

    @Test
    void handles_queued_before_the_iteration_began_are_marked_to_run_in_it() {
        int wake = Steps.first(g.rec, e -> e instanceof StepEvent.Ready r
                && "Task-3.task_wakeup()".equals(r.callback()));
        g.at(wake);
        EventLoopViewModel.HandleItem last = loop.ready().get(loop.ready().size() - 1);
        assertEquals("Task-3.task_wakeup()", last.callback());
        assertEquals(false, last.thisIteration(), "queued during the iteration: runs in the next one");
    }

    @Test
    void a_callback_names_its_task_only_for_task_steps() {
        assertEquals("Task-2", HandleOwners.taskNamed("Task-2.__step()"));
        assertEquals("Task-2", HandleOwners.taskNamed("Task-2.task_wakeup()"));
        assertEquals(null, HandleOwners.taskNamed("_GatheringFuture._done_callback()"));
        assertEquals(null, HandleOwners.taskNamed("_run_until_complete_cb()"));
    }

    @Test
    void times_print_like_python_floats_without_a_trailing_zero_for_whole_seconds() {
        assertEquals("0", EventLoopViewModel.seconds(0));
        assertEquals("0.5", EventLoopViewModel.seconds(0.5));
        assertEquals("1.25", EventLoopViewModel.seconds(1.25));
        assertEquals("3", EventLoopViewModel.seconds(3.0));
    }

    @Test
    void a_task_named_at_creation_is_named_so_on_its_queued_step_though_its_step_was_queued_first() {
        // CPython 3.11's create_task queues Task-2's first step, then renames the task "A".
        dev.coroscope.app.session.RunSession session = new dev.coroscope.app.session.RunSession(
                new dev.coroscope.app.testing.DirectRunService(new dev.coroscope.app.run.EngineProgramRunner()));
        EventLoopViewModel named = new EventLoopViewModel(session);
        session.run(String.join("\n",
                "import asyncio",
                "async def counter(n):",
                "    await asyncio.sleep(0)",
                "async def main():",
                "    a = asyncio.create_task(counter(1), name='A')",
                "    b = asyncio.create_task(counter(2), name='B')",
                "    await asyncio.gather(a, b)",
                "asyncio.run(main())",
                ""));
        int bound = Steps.first(session.getRecording(), e -> e instanceof StepEvent.Store st && st.name().equals("b"));
        session.moveTo(bound);
        assertEquals(List.of("A.__step()", "B.__step()"),
                named.ready().stream().map(EventLoopViewModel.HandleItem::callback).toList());
        assertEquals(List.of("A", "B"), named.ready().stream().map(EventLoopViewModel.HandleItem::task).toList());
        assertEquals(List.of(1, 2), named.ready().stream().map(EventLoopViewModel.HandleItem::colorIndex).toList());
    }
}
