package dev.coroscope.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately naive second projection, written from the event documentation only, over the
 * public {@link StepEvent} records: tasks, coroutine states, the ready queue, the timer heap, the
 * clock, the loop iteration, frames' lines and locals, and output. The property tests check that
 * {@link Recording#stateAt} agrees with it.
 */
final class ReferenceModel {
    private final Map<Integer, String> taskNames = new LinkedHashMap<>();
    private final Map<Integer, TaskState> taskStates = new LinkedHashMap<>();
    private final Map<Integer, String> taskResults = new LinkedHashMap<>();
    private final Map<Integer, CoroState> coroStates = new LinkedHashMap<>();
    private final Map<Integer, Integer> coroTask = new LinkedHashMap<>();
    private final List<String> ready = new ArrayList<>();
    private final List<Object[]> timers = new ArrayList<>();
    private final Map<Integer, Integer> frameLines = new LinkedHashMap<>();
    private final Map<Integer, Map<String, String>> frameLocals = new LinkedHashMap<>();
    private final StringBuilder stdout = new StringBuilder();
    private double clock;
    private int iteration;
    private String current;

    void apply(StepEvent e) {
        current = e.current();
        if (e instanceof StepEvent.Task t) {
            if (!taskNames.containsKey(t.taskId())) {
                taskNames.put(t.taskId(), t.task());
            }
            taskNames.put(t.taskId(), t.task());
            taskStates.put(t.taskId(), t.state());
            taskResults.put(t.taskId(), t.result());
            coroTask.put(t.coro(), t.taskId());
        } else if (e instanceof StepEvent.Coro c) {
            coroStates.put(c.coro(), c.state());
        } else if (e instanceof StepEvent.Ready r) {
            if (r.op() == ReadyOp.PUSH) {
                ready.add(r.handle() + ":" + r.callback());
            } else {
                ready.remove(r.handle() + ":" + r.callback());
            }
        } else if (e instanceof StepEvent.Timer t) {
            if (t.op() == TimerOp.PUSH) {
                timers.add(new Object[] {t.when(), e.seq(), t.handle()});
            } else {
                timers.removeIf(x -> (int) x[2] == t.handle());
            }
        } else if (e instanceof StepEvent.Clock c) {
            clock = c.now();
        } else if (e instanceof StepEvent.Loop l) {
            if (l.op() == LoopOp.ITERATION) {
                iteration = l.iteration();
            }
        } else if (e instanceof StepEvent.Output o && o.stream() == StdStream.STDOUT) {
            stdout.append(o.text());
        } else if (e instanceof StepEvent.Call c) {
            frameLines.put(c.frame(), c.line());
            frameLocals.put(c.frame(), new LinkedHashMap<>());
        } else if (e instanceof StepEvent.Line l) {
            frameLines.put(l.frame(), l.line());
        } else if (e instanceof StepEvent.Store s) {
            Map<String, String> locals = frameLocals.get(s.frame());
            if (locals != null) {
                if (s.value() == null) {
                    locals.remove(s.name());
                } else {
                    locals.put(s.name(), s.value());
                }
            }
        } else if (e instanceof StepEvent.Return r) {
            frameLines.remove(r.frame());
            frameLocals.remove(r.frame());
        }
    }

    void assertAgrees(TraceState s) {
        List<String> expectTasks = new ArrayList<>();
        taskNames.forEach((id, name) -> expectTasks.add(name + "/" + taskStates.get(id) + "/" + taskResults.get(id)));
        List<String> gotTasks = new ArrayList<>();
        s.tasks().forEach(t -> gotTasks.add(t.name() + "/" + t.state() + "/" + t.result()));
        assertEquals(expectTasks, gotTasks, "tasks");

        Map<Integer, CoroState> expectCoros = new LinkedHashMap<>();
        coroStates.forEach((id, st) -> {
            if (st != CoroState.CLOSED || coroTask.containsKey(id)) {
                expectCoros.put(id, st);
            }
        });
        Map<Integer, CoroState> gotCoros = new LinkedHashMap<>();
        s.coroutines().forEach(c -> gotCoros.put(c.id(), c.state()));
        assertEquals(expectCoros, gotCoros, "coroutines");
        s.coroutines().forEach(c -> {
            assertEquals(c.state() == CoroState.RUNNING, c.crRunning());
            assertEquals(c.state() == CoroState.SUSPENDED, c.crSuspended());
        });

        List<String> gotReady = new ArrayList<>();
        s.ready().forEach(h -> gotReady.add(h.handle() + ":" + h.callback()));
        assertEquals(ready, gotReady, "ready queue");

        List<Object[]> sorted = new ArrayList<>(timers);
        sorted.sort((x, y) -> (double) x[0] != (double) y[0] ? Double.compare((double) x[0], (double) y[0])
                : Integer.compare((int) x[1], (int) y[1]));
        List<Integer> expectTimers = new ArrayList<>();
        sorted.forEach(x -> expectTimers.add((int) x[2]));
        List<Integer> gotTimers = new ArrayList<>();
        s.timers().forEach(t -> gotTimers.add(t.handle()));
        assertEquals(expectTimers, gotTimers, "timer heap");

        assertEquals(clock, s.clock(), "clock");
        assertEquals(iteration, s.loop().iteration(), "iteration");
        assertEquals(stdout.toString(), s.stdout(), "stdout");
        assertEquals(current, s.step() >= 0 ? currentAfter(s) : null, "current task");

        Map<Integer, Integer> gotLines = new LinkedHashMap<>();
        Map<Integer, Map<String, String>> gotLocals = new LinkedHashMap<>();
        s.frames().forEach(f -> {
            gotLines.put(f.id(), f.line());
            gotLocals.put(f.id(), f.locals());
        });
        assertEquals(frameLines, gotLines, "frame lines");
        assertEquals(frameLocals, gotLocals, "frame locals");
    }

    /** The event's current task equals the state's, except at the events that end a step. */
    private String currentAfter(TraceState s) {
        return s.currentTask() != null ? s.currentTask() : current;
    }
}
