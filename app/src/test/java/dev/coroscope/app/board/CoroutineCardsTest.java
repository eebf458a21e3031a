package dev.coroscope.app.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.inspector.InspectorViewModel;
import dev.coroscope.app.run.EngineProgramRunner;
import dev.coroscope.app.session.RunSession;
import dev.coroscope.app.testing.DirectRunService;
import dev.coroscope.app.testing.TestPrograms;
import dev.coroscope.engine.trace.StepEvent;
import dev.coroscope.engine.trace.TaskState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A coroutine driven by send(), run in the real engine: it has a card though there is no task. */
class CoroutineCardsTest {
    private final RunSession session = new RunSession(new DirectRunService(new EngineProgramRunner()));
    private final InspectorViewModel inspector = new InspectorViewModel(session);
    private final TaskBoardViewModel board = new TaskBoardViewModel(session, inspector);

    CoroutineCardsTest() {
        session.run(TestPrograms.resource("coroutine_send.py"));
    }

    @Test
    void the_program_runs_in_the_engine_as_in_cpython() {
        session.moveTo(session.lastStep());
        assertEquals(TestPrograms.resource("coroutine_send.out"), session.getState().stdout());
    }

    @Test
    void while_add_runs_inside_main_the_card_of_main_shows_the_chain_and_its_flags() {
        session.moveTo(lineStep(4));
        assertEquals(List.of("main()"), names());
        TaskCardModel main = board.cards().get(0);
        assertTrue(main.coroutineOnly());
        assertEquals("RUNNING", main.stateTextProperty().get());
        assertEquals(TaskState.RUNNING, main.stateProperty().get());
        assertTrue(main.crRunningProperty().get());
        assertEquals(List.of("main", "add"), main.chainProperty().get().stream().map(TaskCardModel.ChainLink::name).toList());
        assertTrue(board.summaryProperty().get().startsWith("No tasks; 1 coroutine"), board.summaryProperty().get());
    }

    @Test
    void before_send_the_card_says_created_and_after_it_the_coroutine_is_gone() {
        session.moveTo(lineStep(12));
        assertEquals("CREATED", board.cards().get(0).stateTextProperty().get());
        assertEquals(0, lineStep(17) > 0 ? countAt(lineStep(17)) : -1, "a closed coroutine leaves the board");
    }

    @Test
    void clicking_a_coroutine_card_inspects_that_coroutine() {
        session.moveTo(lineStep(12));
        board.select(board.cards().get(0));
        assertEquals("'CORO_CREATED'", inspector.rows().stream()
                .filter(r -> r.expression().equals("inspect.getcoroutinestate(coro)")).findFirst().orElseThrow().value());
        assertTrue(board.cards().get(0).selectedProperty().get());
    }

    private int countAt(int step) {
        session.moveTo(step);
        return board.cards().size();
    }

    private List<String> names() {
        return board.cards().stream().map(c -> c.nameProperty().get()).toList();
    }

    /** The first line event on {@code line}. */
    private int lineStep(int line) {
        for (int i = 0; i < session.getRecording().size(); i++) {
            if (session.getRecording().event(i) instanceof StepEvent.Line l && l.line() == line) {
                return i;
            }
        }
        throw new AssertionError("no line " + line + "; output " + session.getState().stderr());
    }

    @Test
    void the_summary_counts_objects_outside_tasks_by_kind_and_the_cards_name_their_flags() {
        RunSession other = new RunSession(new DirectRunService(new EngineProgramRunner()));
        TaskBoardViewModel otherBoard = new TaskBoardViewModel(other, new InspectorViewModel(other));
        other.run(TestPrograms.resource("objects_outside_tasks.py"));
        other.moveTo(other.lastStep());
        assertEquals(TestPrograms.resource("objects_outside_tasks.out"), other.getState().stdout());
        int closeLine = -1;
        for (int i = 0; i < other.getRecording().size(); i++) {
            if (other.getRecording().event(i) instanceof StepEvent.Line l && l.line() == 21) {
                closeLine = i;
                break;
            }
        }
        other.moveTo(closeLine);
        assertEquals("No tasks; 1 coroutine, 1 generator and 1 async generator outside tasks",
                otherBoard.summaryProperty().get());
        assertEquals(List.of("numbers()", "ticks()", "main()"),
                otherBoard.cards().stream().map(c -> c.nameProperty().get()).toList());
        assertEquals(List.of("generator", "async generator", "coroutine"),
                otherBoard.cards().stream().map(c -> c.flavorProperty().get()).toList());
    }
}
