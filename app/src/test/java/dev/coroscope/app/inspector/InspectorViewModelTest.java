package dev.coroscope.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.testing.GatherFixture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {
    private final GatherFixture g = new GatherFixture();
    private final InspectorViewModel inspector = new InspectorViewModel(g.session);

    @Test
    void it_follows_the_running_task_and_shows_its_coroutine_running() {
        g.at(g.afterCreatingBothTasks());
        Map<String, String> rows = rows();
        assertEquals("'Task-1'", rows.get("task.get_name()"));
        assertEquals("True", rows.get("cr_running"));
        assertEquals("False", rows.get("cr_suspended"));
        assertEquals("None", rows.get("cr_await"));
        assertEquals("9", rows.get("cr_frame.f_lineno"));
        assertEquals("'main'", rows.get("cr_code.co_name"));
        assertEquals("None", rows.get("cr_origin"));
        assertEquals("'CORO_RUNNING'", rows.get("inspect.getcoroutinestate(coro)"));
        assertTrue(rows.get("cr_frame.f_locals").startsWith("{'t1': <Task pending name='Task-2'"),
                rows.get("cr_frame.f_locals"));
        assertEquals("Task-1 \u00b7 coroutine main", inspector.titleProperty().get());
    }

    @Test
    void a_selected_sleeping_task_reports_what_cpython_would() {
        g.at(g.allWaiting());
        inspector.selectTask("Task-2");
        Map<String, String> rows = rows();
        assertEquals("False", rows.get("cr_running"));
        assertEquals("True", rows.get("cr_suspended"));
        assertTrue(rows.get("cr_await").startsWith("<coroutine object sleep"), rows.get("cr_await"));
        assertEquals("4", rows.get("cr_frame.f_lineno"));
        assertEquals("{'name': 'a', 'delay': 1}", rows.get("cr_frame.f_locals"));
        assertEquals("'CORO_SUSPENDED'", rows.get("inspect.getcoroutinestate(coro)"));
        assertEquals("False", rows.get("task.done()"));
        assertEquals(List.of(new InspectorViewModel.FrameRow("work", 4, "name='a', delay=1")), inspector.frames());
    }

    @Test
    void a_finished_task_has_its_result_and_a_closed_coroutine_without_a_frame() {
        g.atEnd();
        inspector.selectTask("Task-3");
        Map<String, String> rows = rows();
        assertEquals("True", rows.get("task.done()"));
        assertEquals("'b'", rows.get("task.result()"));
        assertEquals("None", rows.get("cr_frame"));
        assertEquals("'CORO_CLOSED'", rows.get("inspect.getcoroutinestate(coro)"));
        assertEquals(List.of(), inspector.frames());
    }

    @Test
    void a_task_not_started_yet_has_a_created_coroutine() {
        g.at(g.afterCreatingBothTasks());
        inspector.selectTask("Task-3");
        Map<String, String> rows = rows();
        assertEquals("'CORO_CREATED'", rows.get("inspect.getcoroutinestate(coro)"));
        assertEquals("3", rows.get("cr_frame.f_lineno"));
        assertEquals("False", rows.get("cr_suspended"));
    }

    @Test
    void follow_returns_from_a_selection_to_the_running_task() {
        g.at(g.afterCreatingBothTasks());
        inspector.selectTask("Task-3");
        assertEquals("Task-3", inspector.highlightedTaskProperty().get());
        inspector.follow();
        assertEquals("Task-1", inspector.highlightedTaskProperty().get());
        assertTrue(inspector.followingProperty().get());
    }

    @Test
    void locals_print_as_a_python_dict() {
        Map<String, String> locals = new LinkedHashMap<>();
        locals.put("x", "1");
        locals.put("s", "'hi'");
        assertEquals("{'x': 1, 's': 'hi'}", InspectorViewModel.dictRepr(locals));
        assertEquals("{}", InspectorViewModel.dictRepr(Map.of()));
    }

    private Map<String, String> rows() {
        Map<String, String> m = new LinkedHashMap<>();
        inspector.rows().forEach(r -> m.put(r.expression(), r.value()));
        return m;
    }
}
