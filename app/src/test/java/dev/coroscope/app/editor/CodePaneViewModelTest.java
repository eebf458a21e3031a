package dev.coroscope.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coroscope.app.session.RunSession;
import dev.coroscope.app.testing.DirectRunService;
import dev.coroscope.app.testing.GatherFixture;
import dev.coroscope.app.testing.TestPrograms;
import dev.coroscope.engine.trace.TaskState;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodePaneViewModelTest {

    @Test
    void while_everyone_waits_each_task_has_a_marker_at_its_await_in_its_colour() {
        GatherFixture g = new GatherFixture();
        CodePaneViewModel pane = new CodePaneViewModel(g.session);
        g.at(g.allWaiting());
        Map<Integer, List<CodePaneViewModel.TaskMarker>> m = pane.getMarkers();
        assertEquals(Set.of(4, 10), m.keySet());
        assertEquals(List.of("Task-2", "Task-3"), m.get(4).stream().map(CodePaneViewModel.TaskMarker::task).toList());
        assertEquals(List.of(1, 2), m.get(4).stream().map(CodePaneViewModel.TaskMarker::colorIndex).toList());
        assertEquals(List.of("1"), m.get(10).stream().map(CodePaneViewModel.TaskMarker::badge).toList());
    }

    @Test
    void the_executing_line_is_the_running_frames_line_and_belongs_to_the_running_task() {
        GatherFixture g = new GatherFixture();
        CodePaneViewModel pane = new CodePaneViewModel(g.session);
        g.at(g.afterCreatingBothTasks());
        assertEquals(9, pane.getExecutingLine());
        assertEquals(0, pane.executingColorProperty().get());
        assertEquals(TaskState.RUNNING, pane.getMarkers().get(9).get(0).state());
        g.atEnd();
        assertEquals(-1, pane.getExecutingLine());
        assertEquals(Map.of(), pane.getMarkers());
    }

    @Test
    void a_syntax_error_is_shown_at_its_line_in_cpythons_words() {
        RunSession s = new RunSession(new DirectRunService(new dev.coroscope.app.run.EngineProgramRunner()));
        CodePaneViewModel pane = new CodePaneViewModel(s);
        s.run(TestPrograms.resource("syntax_error.py"));
        assertEquals(3, pane.getErrorLine());
        assertEquals("SyntaxError: expected ':'", pane.getErrorText());
    }

    @Test
    void the_marker_column_is_measured_for_the_runs_longest_badge_and_never_shrinks_while_scrubbing() {
        RunSession s = new RunSession(new DirectRunService(new dev.coroscope.app.run.EngineProgramRunner()));
        CodePaneViewModel pane = new CodePaneViewModel(s);
        s.run(String.join("\n",
                "import asyncio",
                "async def work():",
                "    await asyncio.sleep(0)",
                "async def main():",
                "    await asyncio.gather(asyncio.create_task(work()), asyncio.create_task(work()))",
                "asyncio.run(main())",
                ""));
        assertEquals(1, pane.badgeCharsProperty().get(), "Task-2 and Task-3 show as 2 and 3");
        s.run(String.join("\n",
                "import asyncio",
                "async def work():",
                "    await asyncio.sleep(0)",
                "async def main():",
                "    await asyncio.gather(asyncio.create_task(work(), name='ann'), asyncio.create_task(work(), name='bobby'))",
                "asyncio.run(main())",
                ""));
        assertEquals(3, pane.badgeCharsProperty().get(), "'bobby' shows as 'bob'");
        s.jumpTo(0);
        assertEquals(3, pane.badgeCharsProperty().get());
    }

    @Test
    void another_threads_code_has_a_neutral_marker_and_is_no_tasks() {
        RunSession s = new RunSession(new DirectRunService(new dev.coroscope.app.run.EngineProgramRunner()));
        CodePaneViewModel pane = new CodePaneViewModel(s);
        s.run(String.join("\n",
                "import asyncio, time",
                "def download():",
                "    time.sleep(1)",
                "    return 3",
                "async def beat():",
                "    print('beat')",
                "    await asyncio.sleep(0.4)",
                "async def main():",
                "    await asyncio.gather(asyncio.to_thread(download), beat())",
                "asyncio.run(main())",
                ""));
        dev.coroscope.engine.trace.Recording r = s.getRecording();
        int[] beat = {-1};
        r.forEach(e -> {
            if (beat[0] < 0 && e instanceof dev.coroscope.engine.trace.StepEvent.Line l && l.line() == 6) {
                beat[0] = e.seq();
            }
        });
        s.jumpTo(beat[0]);
        Map<Integer, List<CodePaneViewModel.TaskMarker>> m = pane.getMarkers();
        assertEquals(List.of(CodePaneViewModel.THREAD_BADGE), m.get(3).stream().map(CodePaneViewModel.TaskMarker::badge).toList(),
                "the worker sleeps at line 3: " + m);
        assertEquals(TaskState.WAITING, m.get(3).get(0).state());
        assertEquals(-1, m.get(3).get(0).colorIndex());
        assertEquals(List.of("Task-3"), m.get(6).stream().map(CodePaneViewModel.TaskMarker::task).toList(),
                "beat runs line 6; Task-2 (to_thread) has no marker of the worker's line: " + m);
    }

    @Test
    void toggling_a_breakpoint_twice_removes_it() {
        RunSession s = new RunSession(new DirectRunService(new dev.coroscope.app.run.EngineProgramRunner()));
        CodePaneViewModel pane = new CodePaneViewModel(s);
        pane.toggleBreakpoint(4);
        assertEquals(Set.of(4), Set.copyOf(pane.breakpoints()));
        pane.toggleBreakpoint(4);
        assertEquals(Set.of(), Set.copyOf(pane.breakpoints()));
    }
}
