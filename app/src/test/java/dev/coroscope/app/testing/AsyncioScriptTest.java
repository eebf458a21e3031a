package dev.coroscope.app.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.ScrubMark;
import dev.coroscope.engine.trace.TaskState;
import dev.coroscope.engine.trace.TraceState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scripted recordings the app's tests rely on keep the recorder's protocol and say what CPython does. */
class AsyncioScriptTest {

    @Test
    void the_gather_recording_keeps_the_protocol_and_ends_with_both_results() {
        Recording r = TestPrograms.gather();
        assertEquals(List.of(), r.protocolErrors());
        TraceState end = r.stateAt(r.size() - 1);
        assertEquals(List.of("Task-1", "Task-2", "Task-3"), end.tasks().stream().map(TraceState.TaskView::name).toList());
        end.tasks().forEach(t -> assertEquals(TaskState.DONE, t.state(), t.name()));
        assertEquals("['a', 'b']\n", end.stdout());
        assertEquals(1.0, end.clock());
        // SEMANTICS.md: b's 0.5 s timer fires first; gather's done-callbacks then wake main.
        assertEquals(List.of("Task-1", "Task-2", "Task-3", "Task-3", "Task-2", "Task-1"), stepOrder(r));
        assertEquals(List.of("Task-1", "Task-2", "Task-3", "Task-2", "Task-1"),
                r.scrubMarks().stream().map(ScrubMark::task).toList());
    }

    @Test
    void a_hundred_tasks_record_without_protocol_errors_and_print_the_sum_of_squares() {
        Recording r = TestPrograms.manyTasks(100);
        assertEquals(List.of(), r.protocolErrors());
        TraceState end = r.stateAt(r.size() - 1);
        assertEquals(101, end.tasks().size());
        assertEquals("328350\n", end.stdout());
        assertTrue(r.size() > 3000, "size " + r.size());
    }

    @Test
    void the_hundred_tasks_example_is_the_program_the_many_tasks_recording_plays() {
        assertEquals(dev.coroscope.app.editor.ExamplePrograms.source(dev.coroscope.app.editor.ExamplePrograms.HUNDRED_TASKS),
                TestPrograms.manyTasksSource(100));
    }

    /** The order in which tasks start their steps. */
    private static List<String> stepOrder(Recording r) {
        List<String> order = new java.util.ArrayList<>();
        r.forEach(e -> {
            if (e instanceof dev.coroscope.engine.trace.StepEvent.Task t && t.state() == TaskState.RUNNING) {
                order.add(t.task());
            }
        });
        return order;
    }
}
