package dev.coroscope.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.board.TaskCard;
import dev.coroscope.app.files.ScriptedFileDialogs;
import dev.coroscope.app.run.EngineProgramRunner;
import dev.coroscope.app.run.RunOutcome;
import dev.coroscope.app.session.RunSession;
import dev.coroscope.app.settings.MemorySettings;
import dev.coroscope.app.testing.TestPrograms;
import dev.coroscope.app.theme.StyleClasses;
import dev.coroscope.app.theme.Theme;
import dev.coroscope.engine.trace.EndReason;
import dev.coroscope.engine.trace.StepEvent;
import dev.coroscope.engine.trace.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window, headless, with the real engine: what a person sees and presses. The
 * engine runs without a step budget, so the endless loop ends only by Stop.
 */
@ExtendWith(ApplicationExtension.class)
class VisualizerUiTest {
    private final java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
    private final EngineProgramRunner engine = new EngineProgramRunner(0);
    private final dev.coroscope.app.run.ProgramRunner runner = job -> {
        runs.incrementAndGet();
        return engine.run(job);
    };
    private final MemorySettings settings = new MemorySettings();
    private MainWindow window;
    private RunSession session;
    private CodeArea area;

    @Start
    void start(Stage stage) {
        window = MainWindow.create(stage, new ScriptedFileDialogs(), runner, settings);
        session = window.visualizer().session();
        area = window.view().editor().area();
        stage.show();
    }

    @Test
    void pressing_f10_through_the_gather_example_ends_with_both_tasks_done_and_the_results_printed(FxRobot robot)
            throws Exception {
        waitForRun();
        robot.clickOn(area);
        for (int i = 0; i < 200 && onFx(() -> session.getStep() < session.lastStep()); i++) {
            robot.type(KeyCode.F10);
        }
        assertEquals(onFx(session::lastStep), onFx(session::getStep));
        List<String> states = cardTexts(".task-state .label");
        assertEquals(List.of("DONE", "DONE", "DONE", "DONE", "DONE"), states,
                "main, work('a'), work('b') and asyncio.run's two shutdown tasks");
        assertTrue(cardTexts(".task-outcome").containsAll(List.of("result 'a'", "result 'b'")), cardTexts(".task-outcome").toString());
        assertEquals("['a', 'b']\n", onFx(() -> window.view().console().area().getText()));
        for (TaskCard card : cards()) {
            assertTrue(card.getPseudoClassStates().contains(PseudoClass.getPseudoClass("done")));
        }
    }

    @Test
    void step_back_returns_the_board_to_the_earlier_picture(FxRobot robot) throws Exception {
        waitForRun();
        robot.clickOn(area);
        int waiting = onFx(() -> firstStep(e -> e instanceof StepEvent.Task t && t.task().equals("Task-2")
                && t.state() == TaskState.WAITING));
        robot.interact(() -> window.visualizer().playback().scrubTo(waiting));
        List<String> before = board();
        robot.type(KeyCode.F11);
        robot.type(KeyCode.F11);
        assertNotEquals(before, board(), "stepping changed the board");
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).type(KeyCode.F10).release(KeyCode.SHIFT);
        assertEquals(before, board());
        assertEquals(waiting, (int) onFx(session::getStep));
    }

    @Test
    void a_syntax_error_is_shown_at_its_line_in_cpythons_words(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().editor().loadExample("broken.py", TestPrograms.resource("syntax_error.py")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> session.getError() != null));
        WaitForAsyncUtils.waitForFxEvents();
        Label banner = robot.lookup("." + StyleClasses.ERROR_BANNER + " .error-text").queryAs(Label.class);
        assertEquals("line 3: SyntaxError: expected ':'", onFx(banner::getText));
        assertTrue(onFx(() -> banner.getParent().isVisible()));
        assertEquals(3, (int) onFx(() -> window.view().codePane().highlightedErrorLine()), "the line of the error is marked");
        Node errorGutter = onFx(() -> robot.lookup("." + StyleClasses.GUTTER).queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("error"))).findFirst()
                .orElse(null));
        assertTrue(errorGutter != null && onFx(() -> ((Label) ((javafx.scene.layout.HBox) errorGutter).getChildren().get(1))
                .getText().strip().equals("3")), "the gutter of line 3 shows the error");
        assertTrue(onFx(() -> window.visualizer().narration().getSentence()).contains("SyntaxError: expected ':'"));
    }

    @Test
    void a_runaway_program_can_be_stopped_while_the_window_keeps_answering(FxRobot robot) throws Exception {
        waitForRun();
        robot.interact(() -> window.viewModel().editor().loadExample("loop.py",
                TestPrograms.SLOW_RUNAWAY));
        // Generous: on a loaded machine even a hundred steps of the slow loop take seconds; on a free one, a fraction.
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> session.isRunning()
                && TestPrograms.SLOW_RUNAWAY.equals(session.recordedSource()) && session.lastStep() > 100));
        Button stop = robot.lookup("." + StyleClasses.STOP_BUTTON).queryAs(Button.class);
        assertTrue(onFx(stop::isVisible), "Stop is offered while the program runs");
        // The window answers while the engine runs: each scrub takes effect while the endless
        // program still runs (only Stop ends it), whatever the machine's speed.
        for (int i = 0; i < 5; i++) {
            robot.interact(() -> window.visualizer().playback().scrubTo(10));
            assertTrue(onFx(() -> session.getStep() == 10 && session.isRunning()), () -> "scrubbed while the program runs; "
                    + describeOutcome());
        }
        robot.clickOn(area);
        robot.type(KeyCode.F11);
        assertTrue(onFx(session::getStep) > 10);
        robot.clickOn(stop);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !session.isRunning()));
        assertEquals(RunOutcome.Status.STOPPED, onFx(() -> session.outcomeProperty().get().status()), this::describeOutcome);
        assertEquals(EndReason.INTERRUPTED, onFx(() -> session.getRecording().end().reason()));
        assertTrue(onFx(session::lastStep) > 100, "what was recorded stays browsable");
        robot.interact(() -> window.visualizer().playback().toEnd());
        assertEquals(onFx(session::lastStep), onFx(session::getStep));
        assertFalse(onFx(stop::isVisible));
    }

    @Test
    void f9_sets_a_breakpoint_on_the_caret_line_and_f5_runs_to_it(FxRobot robot) throws Exception {
        waitForRun();
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(4, 4)); // line 5: return name
        robot.type(KeyCode.F9);
        assertEquals(List.of(5), onFx(() -> List.copyOf(session.breakpoints())));
        robot.interact(() -> window.visualizer().playback().speedProperty().set(10));
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !window.visualizer().playback().isPlaying()));
        StepEvent e = onFx(session::getEvent);
        assertTrue(e instanceof StepEvent.Line l && l.line() == 5, String.valueOf(e));
        assertEquals("Task-3", e.current(), "b's shorter sleep ends first");
        assertEquals(5, (int) onFx(() -> window.view().codePane().highlightedExecutingLine()));
        robot.type(KeyCode.F9);
        assertEquals(List.of(), onFx(() -> List.copyOf(session.breakpoints())));
    }

    @Test
    void editing_runs_the_program_again_once_typing_pauses(FxRobot robot) throws Exception {
        waitForRun();
        int before = runs.get();
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(0));
        robot.write("# hello\n");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> runs.get() > before && onFx(() -> !session.isRunning()));
        assertEquals(onFx(area::getText), onFx(session::recordedSource));
    }

    @Test
    void the_theme_menu_switches_the_stylesheet_and_the_choice_is_remembered(FxRobot robot) throws Exception {
        robot.clickOn("View").clickOn("Theme").clickOn("Dark");
        assertEquals(Theme.DARK, window.viewModel().getTheme());
        assertEquals(Theme.DARK.stylesheets(), onFx(() -> List.copyOf(window.stage().getScene().getStylesheets())));
        assertEquals("DARK", settings.get(MainWindowViewModel.THEME_KEY, null));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** How the latest run ended, with its stderr: what a failed assertion about the outcome needs. */
    private String describeOutcome() {
        try {
            return onFx(() -> {
                RunOutcome o = session.outcomeProperty().get();
                return o == null ? "no outcome yet (running: " + session.isRunning() + ")"
                        : o.status() + ", " + o.recording().size() + " events, stderr: " + o.stderr();
            });
        } catch (Exception e) {
            return "outcome unknown: " + e;
        }
    }

    private void waitForRun() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> onFx(() -> !session.isRunning() && session.getRecording().size() > 0));
    }

    private int firstStep(java.util.function.Predicate<StepEvent> p) {
        for (int i = 0; i < session.getRecording().size(); i++) {
            if (p.test(session.getRecording().event(i))) {
                return i;
            }
        }
        throw new AssertionError("no such step");
    }

    private List<TaskCard> cards() throws Exception {
        return onFx(() -> {
            List<TaskCard> out = new ArrayList<>();
            for (Node n : window.view().board().node().lookupAll("." + StyleClasses.TASK_CARD)) {
                out.add((TaskCard) n);
            }
            return out;
        });
    }

    /** The text of the nodes matching {@code selector} in each card, in board order. */
    private List<String> cardTexts(String selector) throws Exception {
        List<String> out = new ArrayList<>();
        for (TaskCard card : cards()) {
            onFx(() -> {
                for (Node n : card.lookupAll(selector)) {
                    if (n instanceof Label l && n.isVisible()) {
                        out.add(l.getText());
                    }
                }
                return null;
            });
        }
        return out;
    }

    /** What the board shows: each card's name, state word and visible details. */
    private List<String> board() throws Exception {
        List<String> out = new ArrayList<>();
        for (TaskCard card : cards()) {
            onFx(() -> {
                StringBuilder b = new StringBuilder();
                for (Node n : card.lookupAll(".label")) {
                    if (n instanceof Label l && l.isVisible() && l.getText() != null) {
                        b.append(l.getText()).append('|');
                    }
                }
                out.add(b.toString());
                return null;
            });
        }
        return out;
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
