package dev.coroscope.lessons.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.engine.trace.CoroState;
import dev.coroscope.engine.trace.Flavor;
import dev.coroscope.engine.trace.StdStream;
import dev.coroscope.engine.trace.StepEvent;
import dev.coroscope.engine.trace.TaskState;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationsTest {
    @Test
    void step_events_map_one_for_one_to_observations() {
        List<StepEvent> events = List.of(
                new StepEvent.Line(0, null, 1, 7),
                new StepEvent.Task(1, "Task-1", 4, "Task-2", 9, TaskState.WAITING, "sleep(1)", 3, null, null),
                new StepEvent.Coro(2, "Task-1", 9, "work", CoroState.SUSPENDED, "<Future pending>", -1, 5, 2,
                        Flavor.values()[0], null),
                new StepEvent.Clock(3, null, 1.5),
                new StepEvent.Output(4, "Task-1", StdStream.STDOUT, "hi\n"),
                new StepEvent.Output(5, "Task-1", StdStream.STDERR, "warning\n"),
                new StepEvent.Store(6, "Task-1", 2, "x", "1", false));
        assertEquals(List.of(
                new Observation.Line(7),
                new Observation.TaskChange("Task-2", TaskStatus.WAITING),
                new Observation.CoroChange(9, "work", CoroStatus.SUSPENDED, false, true),
                new Observation.ClockChange(1.5),
                new Observation.Output("hi\n"),
                new Observation.Other(),
                new Observation.Other()), Observations.of(events));
    }

    @Test
    void every_engine_state_has_a_status_of_the_same_name() {
        for (TaskState s : TaskState.values()) {
            assertEquals(s.name(), TaskStatus.valueOf(s.name()).name());
        }
        for (CoroState s : CoroState.values()) {
            assertEquals(s.name(), CoroStatus.valueOf(s.name()).name());
        }
        assertTrue(TaskStatus.values().length == TaskState.values().length
                && CoroStatus.values().length == CoroState.values().length);
    }
}
