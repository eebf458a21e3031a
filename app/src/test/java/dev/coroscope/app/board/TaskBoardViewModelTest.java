package dev.coroscope.app.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.inspector.InspectorViewModel;
import dev.coroscope.app.testing.GatherFixture;
import dev.coroscope.app.testing.Steps;
import dev.coroscope.engine.trace.TaskState;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskBoardViewModelTest {
    private final GatherFixture g = new GatherFixture();
    private final InspectorViewModel inspector = new InspectorViewModel(g.session);
    private final TaskBoardViewModel board = new TaskBoardViewModel(g.session, inspector);

    @Test
    void at_the_end_every_card_is_done_with_its_result() {
        g.atEnd();
        // Task-4 and Task-5 are asyncio.run's own shutdown steps (shutdown_asyncgens and
        // shutdown_default_executor), as in CPython, which numbers them so too.
        assertEquals(List.of("Task-1", "Task-2", "Task-3", "Task-4", "Task-5"), names());
        assertEquals("shutdown_asyncgens()", board.cards().get(3).coroutineProperty().get());
        for (TaskCardModel c : board.cards()) {
            assertEquals(TaskState.DONE, c.stateProperty().get());
            assertFalse(c.crRunningProperty().get());
            assertFalse(c.crSuspendedProperty().get());
        }
        assertEquals("result None", board.cards().get(0).outcomeProperty().get());
        assertEquals("result 'a'", board.cards().get(1).outcomeProperty().get());
        assertEquals("result 'b'", board.cards().get(2).outcomeProperty().get());
        assertEquals("5 tasks: 5 finished", board.summaryProperty().get());
    }

    @Test
    void while_the_workers_sleep_their_cards_show_what_they_wait_on_and_their_await_chain() {
        g.at(g.allWaiting());
        TaskCardModel a = board.cards().get(1);
        assertEquals(TaskState.WAITING, a.stateProperty().get());
        assertEquals("sleep(1)", a.waitingOnProperty().get());
        assertTrue(a.crSuspendedProperty().get());
        assertFalse(a.crRunningProperty().get());
        assertEquals("work()", a.coroutineProperty().get());
        assertTrue(a.crAwaitProperty().get().startsWith("<coroutine object sleep"), a.crAwaitProperty().get());
        // asyncio.sleep is library code: the chain ends at work, whose cr_await is the sleep coroutine.
        assertEquals(List.of("work"), a.chainProperty().get().stream().map(TaskCardModel.ChainLink::name).toList());
        TaskCardModel main = board.cards().get(0);
        assertEquals("gather(Task-2, Task-3)", main.waitingOnProperty().get());
        // As in CPython 3.11: a coroutine awaiting a future shows the future's iterator.
        assertTrue(main.crAwaitProperty().get().startsWith("<_asyncio.FutureIter object at "), main.crAwaitProperty().get());
        assertEquals("3 tasks: 3 waiting", board.summaryProperty().get());
    }

    @Test
    void an_empty_board_says_why_it_is_empty() {
        g.at(0);
        assertTrue(board.cards().isEmpty());
        assertTrue(board.emptyNoteProperty().get().startsWith("No tasks yet at this step."), board.emptyNoteProperty().get());
        g.atEnd();
        assertEquals("", board.emptyNoteProperty().get());
        g.session.run("print('hi')\n");
        assertTrue(board.emptyNoteProperty().get().startsWith("This program makes no tasks."), board.emptyNoteProperty().get());
        g.session.run("async def main()\n    pass\n");
        assertEquals("No tasks: the program has a syntax error, so none of it ran.", board.emptyNoteProperty().get());
    }

    @Test
    void cards_carry_their_task_colour_and_badge_in_creation_order() {
        g.atEnd();
        assertEquals(List.of(0, 1, 2, 3, 4), board.cards().stream().map(c -> c.colorIndexProperty().get()).toList());
        assertEquals(List.of("1", "2", "3", "4", "5"), board.cards().stream().map(c -> c.badgeProperty().get()).toList());
    }

    @Test
    void the_running_task_is_marked_current() {
        g.at(g.afterCreatingBothTasks());
        assertTrue(board.cards().get(0).currentProperty().get());
        assertEquals(TaskState.RUNNING, board.cards().get(0).stateProperty().get());
        assertTrue(board.cards().get(0).crRunningProperty().get());
        assertEquals(TaskState.READY, board.cards().get(1).stateProperty().get());
        assertFalse(board.cards().get(1).currentProperty().get());
    }

    @Test
    void a_task_woken_by_its_timer_pulses_when_stepping_forward_but_not_when_jumping() {
        int woken = Steps.taskState(g.rec, "Task-3", TaskState.READY, 2);
        g.at(woken - 1);
        TaskCardModel b = board.cards().get(2);
        int before = b.wokenProperty().get();
        g.at(woken);
        assertEquals(before + 1, b.wokenProperty().get());
        g.at(0);
        g.at(woken);
        assertEquals(before + 1, b.wokenProperty().get(), "a jump does not pulse");
    }

    @Test
    void stepping_back_before_a_task_existed_removes_its_card() {
        g.at(g.afterCreatingBothTasks());
        assertEquals(3, board.cards().size());
        TaskCardModel kept = board.cards().get(0);
        g.at(Steps.line(g.rec, -1, 8));
        assertEquals(List.of("Task-1"), names());
        assertTrue(kept == board.cards().get(0), "a task keeps its card model");
    }

    @Test
    void clicking_a_card_selects_its_task_in_the_inspector() {
        g.at(g.allWaiting());
        board.select(board.cards().get(2));
        assertEquals("Task-3", inspector.highlightedTaskProperty().get());
        assertTrue(board.cards().get(2).selectedProperty().get());
        assertFalse(board.cards().get(0).selectedProperty().get());
    }

    private List<String> names() {
        return board.cards().stream().map(c -> c.nameProperty().get()).toList();
    }
}
