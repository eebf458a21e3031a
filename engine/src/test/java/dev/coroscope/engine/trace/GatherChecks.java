package dev.coroscope.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What issue 5 requires of the reference page's gather example, checked on any recording of it
 * (the simulated one now, the engine's own when asyncio runs): in order, both tasks created READY,
 * running, WAITING on their sleeps, the timers at 0.5 and 1.0, the clock jumping, each work
 * coroutine CREATED, RUNNING, SUSPENDED (cr_await set), RUNNING, CLOSED, and the output.
 */
final class GatherChecks {
    private GatherChecks() {
    }

    static void check(Recording r) {
        List<StepEvent> ev = r.events(0, r.size());
        inOrder(ev,
                task("Task-2", TaskState.READY), task("Task-3", TaskState.READY),
                task("Task-2", TaskState.RUNNING), waiting("Task-2", "sleep(1)"),
                task("Task-3", TaskState.RUNNING), waiting("Task-3", "sleep(0.5)"),
                clock(0.5), task("Task-3", TaskState.RUNNING), task("Task-3", TaskState.DONE),
                clock(1.0), task("Task-2", TaskState.RUNNING), task("Task-2", TaskState.DONE),
                task("Task-1", TaskState.DONE));
        inOrder(ev, timer(TimerOp.PUSH, 1.0), timer(TimerOp.PUSH, 0.5), timer(TimerOp.FIRE, 0.5),
                timer(TimerOp.FIRE, 1.0));
        List<Integer> works = new ArrayList<>();
        for (StepEvent e : ev) {
            if (e instanceof StepEvent.Coro c && c.name().endsWith("work") && c.state() == CoroState.CREATED) {
                works.add(c.coro());
            }
        }
        assertEquals(2, works.size(), "two work coroutines");
        for (int id : works) {
            List<StepEvent.Coro> states = new ArrayList<>();
            for (StepEvent e : ev) {
                if (e instanceof StepEvent.Coro c && c.coro() == id) {
                    states.add(c);
                }
            }
            List<CoroState> seq = states.stream().map(StepEvent.Coro::state).toList();
            assertEquals(List.of(CoroState.CREATED, CoroState.RUNNING, CoroState.SUSPENDED, CoroState.RUNNING,
                    CoroState.CLOSED), seq, "work coroutine " + id);
            assertTrue(states.get(1).crRunning());
            assertTrue(states.get(2).crSuspended());
            assertTrue(states.get(2).crAwait() != null, "cr_await set while suspended");
        }
        TraceState end = r.stateAt(r.size() - 1);
        assertEquals("['a', 'b']\n", end.stdout());
        // asyncio.run's shutdown wraps its two clean-up steps in tasks too (Task-4, Task-5 in CPython).
        assertEquals(List.of("Task-1", "Task-2", "Task-3"),
                end.tasks().stream().map(TraceState.TaskView::name).limit(3).toList());
        end.tasks().forEach(t -> assertEquals(TaskState.DONE, t.state(), t.name()));
        assertTrue(r.protocolErrors().isEmpty(), r.protocolErrors().toString());
    }

    @SafeVarargs
    static void inOrder(List<StepEvent> events, Predicate<StepEvent>... expected) {
        int k = 0;
        for (StepEvent e : events) {
            if (k < expected.length && expected[k].test(e)) {
                k++;
            }
        }
        if (k < expected.length) {
            fail("expected event #" + k + " in order was not found: " + expected[k]);
        }
    }

    static Predicate<StepEvent> task(String name, TaskState state) {
        return named(e -> e instanceof StepEvent.Task t && t.task().equals(name) && t.state() == state,
                "task " + name + " " + state);
    }

    static Predicate<StepEvent> waiting(String name, String on) {
        return named(e -> e instanceof StepEvent.Task t && t.task().equals(name) && t.state() == TaskState.WAITING
                && on.equals(t.waitingOn()), "task " + name + " WAITING on " + on);
    }

    static Predicate<StepEvent> clock(double now) {
        return named(e -> e instanceof StepEvent.Clock c && c.now() == now, "clock " + now);
    }

    static Predicate<StepEvent> timer(TimerOp op, double when) {
        return named(e -> e instanceof StepEvent.Timer t && t.op() == op && t.when() == when, "timer " + op + " " + when);
    }

    private static Predicate<StepEvent> named(Predicate<StepEvent> p, String name) {
        return new Predicate<>() {
            @Override
            public boolean test(StepEvent e) {
                return p.test(e);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
