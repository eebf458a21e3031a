package dev.coroscope.engine.trace.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coroscope.engine.trace.Granularity;
import dev.coroscope.engine.trace.Navigator;
import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.ScrubMark;
import dev.coroscope.engine.trace.StepEvent;
import dev.coroscope.engine.trace.TaskState;
import dev.coroscope.engine.trace.TraceState;
import dev.coroscope.engine.vm.OutputSink;
import dev.coroscope.engine.vm.RunRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Navigation over the engine's own recording of the reference page's gather example. */
class RealNavigationTest {
    private static final OutputSink QUIET = new OutputSink() {
        @Override
        public void stdout(String text) {
        }

        @Override
        public void stderr(String text) {
        }
    };

    private final Recording rec;
    private final Navigator nav;

    RealNavigationTest() throws Exception {
        String source = Files.readString(Path.of("src/test/resources/trace/gather.py"));
        rec = TracedRun.run(new RunRequest(source, "gather.py", QUIET)).recording();
        nav = rec.navigator();
    }

    private int line(String task, int line, int hit) {
        int seen = 0;
        for (int i = 0; i < rec.size(); i++) {
            if (rec.event(i) instanceof StepEvent.Line l && l.line() == line && Objects.equals(task, rec.current(i))
                    && ++seen == hit) {
                return i;
            }
        }
        throw new AssertionError("no line " + line + " in " + task);
    }

    private String where(int i) {
        return rec.event(i) instanceof StepEvent.Line l ? l.line() + "@" + rec.current(i) : rec.event(i).toString();
    }

    @Test
    void over_the_gather_await_lands_after_both_tasks_finished() {
        int after = nav.stepOver(line("Task-1", 10, 1), Set.of());
        assertEquals("11@Task-1", where(after));
        TraceState s = rec.stateAt(after);
        assertEquals(TaskState.DONE, s.task("Task-2").state());
        assertEquals(TaskState.DONE, s.task("Task-3").state());
        assertEquals(1.0, s.clock());
    }

    @Test
    void into_from_the_module_enters_main_and_over_inside_work_waits_for_its_timer() {
        assertEquals("8@Task-1", where(nav.stepInto(line(null, 13, 1), Set.of())));
        int over = nav.stepOver(line("Task-2", 4, 1), Set.of());
        assertEquals("5@Task-2", where(over));
        assertEquals(1.0, rec.stateAt(over).clock());
        assertEquals("5@Task-3", where(nav.stepOver(line("Task-2", 4, 1), Set.of(5))));
    }

    @Test
    void line_steps_follow_the_interleaving_and_marks_show_the_switches() {
        int at = line("Task-1", 10, 1);
        List<String> lines = new java.util.ArrayList<>();
        for (int k = 0; k < 5; k++) {
            at = nav.next(at, Granularity.LINE);
            lines.add(where(at));
        }
        assertEquals(List.of("4@Task-2", "4@Task-3", "5@Task-3", "5@Task-2", "11@Task-1"), lines);
        assertEquals(List.of("Task-1", "Task-2", "Task-3", "Task-2", "Task-1", "Task-4", "Task-5"),
                rec.scrubMarks().stream().map(ScrubMark::task).toList());
    }
}
