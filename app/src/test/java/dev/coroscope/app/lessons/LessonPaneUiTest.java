package dev.coroscope.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.board.TaskCard;
import dev.coroscope.app.files.ScriptedFileDialogs;
import dev.coroscope.app.lessons.PredictViewModel.Phase;
import dev.coroscope.app.main.MainWindow;
import dev.coroscope.app.playback.PlaybackViewModel;
import dev.coroscope.app.settings.MemorySettings;
import dev.coroscope.app.testing.ScriptedRunner;
import dev.coroscope.lessons.Lesson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lesson pane in the real main window, headless: what a learner sees, clicks and types. */
@ExtendWith(ApplicationExtension.class)
class LessonPaneUiTest {
    @TempDir
    Path home;

    private final ScriptedLessonDialogs dialogs = new ScriptedLessonDialogs();
    private MainWindow window;
    private LessonFeatures lessons;
    private CodeArea area;

    @Start
    void start(Stage stage) {
        window = MainWindow.create(stage, new ScriptedFileDialogs(), new ScriptedRunner(), new MemorySettings());
        lessons = LessonFeatures.install(window, home, GatherLesson.catalog(), dialogs, dialogs);
        area = window.view().editor().area();
        stage.show();
    }

    private Lesson lesson(int index) {
        return lessons.browser().catalog().lessons().get(index);
    }

    @Test
    void the_window_opens_on_the_first_lesson_with_its_text_beside_its_example() throws Exception {
        assertEquals(lesson(0).example(), onFx(area::getText));
        assertTrue(texts(lessons.pane().titleBox()).contains(lesson(0).title()), "the heading is shown");
        assertTrue(onFx(() -> window.stage().getTitle()).startsWith(lesson(0).id()), window.stage().getTitle());
    }

    @Test
    void opening_lesson_two_from_the_browser_shows_its_text_and_example(FxRobot robot) throws Exception {
        robot.clickOn("\u2630 Lessons");
        assertTrue(onFx(() -> lessons.pane().list().isVisible()));
        robot.clickOn(lesson(1).title());
        assertEquals(lesson(1).example(), onFx(area::getText));
        assertFalse(onFx(() -> lessons.pane().list().isVisible()), "back to the text");
        assertTrue(texts(lessons.pane().titleBox()).contains(lesson(1).title()));
        assertEquals("Lesson 2 of 3", onFx(() -> lessons.browser().positionProperty().get()));
    }

    @Test
    void the_browser_opens_a_lesson_with_the_keyboard_too(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        assertTrue(onFx(() -> lessons.pane().list().isVisible()));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertEquals(lesson(1).example(), onFx(area::getText));
    }

    @Test
    void reset_example_restores_the_text(FxRobot robot) throws Exception {
        robot.clickOn(area);
        robot.write("# my change");
        assertTrue(onFx(() -> lessons.browser().isEdited()));
        dialogs.answerReset(true);
        robot.clickOn("Reset example");
        assertEquals(lesson(0).example(), onFx(area::getText));
        assertEquals(List.of(lesson(0).title()), dialogs.resetQuestions);
        assertFalse(onFx(() -> lessons.browser().isEdited()));
    }

    @Test
    void answering_a_question_reveals_the_explanation_and_marks_what_proves_it(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.visualizer().playback().speedProperty().set(PlaybackViewModel.SPEEDS.length - 1);
            lessons.browser().open(GatherLesson.ID);
        });
        waitUntil(() -> lessons.predict().isActive(), "the example's run");
        robot.type(KeyCode.F5);
        waitUntil(() -> lessons.predict().getPhase() == Phase.ASKING, "the first question");
        Node card = lessons.pane().card().node();
        assertTrue(onFx(card::isVisible));
        assertTrue(onFx(() -> lessons.pane().card().choiceButtons().get(0).isFocused()), "the first choice has the focus");
        assertTrue(texts(card).contains("main is about to gather. Which task runs next?"));
        assertEquals("2   Task-2", onFx(() -> lessons.pane().card().choiceButtons().get(1).getText()));
        assertFalse(onFx(() -> lessons.pane().card().choiceButtons().get(1).isMnemonicParsing()),
                "an underscore in a choice (cr_await) is shown, not taken as a mnemonic");

        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> lessons.predict().getPhase() == Phase.REVEALED, "the reveal");
        String shown = texts(card);
        assertTrue(shown.contains("\u2713 Right."), shown);
        assertTrue(shown.contains("Task-2 was queued first: the ready queue is first in, first out."), shown);
        waitUntil(() -> lessons.highlighter().marked().stream()
                .anyMatch(n -> n instanceof TaskCard c && c.model().nameProperty().get().equals("Task-2")),
                "Task-2's card marked as the proof");
        assertTrue(onFx(() -> lessons.browser().items().get(2).getStatusText()).startsWith("1 of 5 answered"));
    }

    @Test
    void a_question_about_the_clock_hides_the_clock_until_it_is_answered(FxRobot robot) throws Exception {
        robot.interact(() -> lessons.browser().open(GatherLesson.ID));
        waitUntil(() -> lessons.predict().isActive(), "the example's run");
        QuestionItem clock = onFx(() -> lessons.predict().questions().get(1));
        robot.interact(() -> window.visualizer().playback().scrubTo(clock.pauseStep()));
        waitUntil(() -> lessons.highlighter().hidden().stream()
                .anyMatch(n -> n.getStyleClass().contains(dev.coroscope.app.theme.StyleClasses.VIRTUAL_CLOCK)
                        && n.getPseudoClassStates().contains(LessonStyles.CONCEALED)), "the clock hidden");
        assertTrue(texts(lessons.pane().card().node()).contains("The clock is hidden until you answer."));
        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> lessons.highlighter().hidden().isEmpty(), "the clock shown again");
        waitUntil(() -> lessons.highlighter().marked().stream()
                .anyMatch(n -> n.getStyleClass().contains(dev.coroscope.app.theme.StyleClasses.VIRTUAL_CLOCK)),
                "the clock marked as the proof");
    }

    @Test
    void at_1440_by_900_the_code_beside_the_lesson_shows_seventy_characters_and_the_lesson_buttons_fit(FxRobot robot)
            throws Exception {
        // The longest line of any lesson's example is 67 characters.
        String line = "print(" + "\"" + "x".repeat(61) + "\")";
        assertEquals(70, line.length());
        assertEquals(1440.0, onFx(() -> window.stage().getWidth()), "the window at its preferred size");
        robot.interact(() -> area.replaceText(line + "\n"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds shown = onFx(() -> area.localToScreen(area.getLayoutBounds()));
        javafx.geometry.Bounds last = onFx(() -> area.getCharacterBoundsOnScreen(69, 70).orElseThrow());
        assertTrue(last.getMaxX() <= shown.getMaxX(),
                "the 70th character ends at " + last.getMaxX() + ", the code pane at " + shown.getMaxX());

        Node pane = lessons.pane().node();
        javafx.geometry.Bounds paneBounds = onFx(() -> pane.localToScreen(pane.getLayoutBounds()));
        javafx.scene.Parent header = (javafx.scene.Parent) onFx(() -> pane.lookup(".lesson-header"));
        for (Node child : onFx(() -> List.copyOf(header.getChildrenUnmodifiable()))) {
            if (child instanceof Labeled b) {
                javafx.geometry.Bounds bb = onFx(() -> b.localToScreen(b.getLayoutBounds()));
                assertTrue(bb.getMaxX() <= paneBounds.getMaxX() + 0.5, b.getText() + " is cut at the pane's edge");
                assertTrue(onFx(() -> b.getWidth() >= b.prefWidth(-1) - 0.5), b.getText() + " is narrower than its text");
            }
        }
        for (Node b : onFx(() -> List.copyOf(pane.lookupAll("." + LessonStyles.LESSON_BUTTON)))) {
            if (onFx(b::isVisible)) {
                javafx.geometry.Bounds bb = onFx(() -> b.localToScreen(b.getLayoutBounds()));
                assertTrue(bb.getMaxX() <= paneBounds.getMaxX() + 0.5, ((Labeled) b).getText() + " is cut at the pane's edge");
            }
        }
    }

    @Test
    void at_1440_by_900_beside_the_lesson_the_running_tasks_card_is_in_view_with_every_state_word_whole(FxRobot robot)
            throws Exception {
        robot.interact(() -> lessons.browser().open(GatherLesson.ID));
        waitUntil(() -> lessons.predict().isActive(), "the example's run");
        dev.coroscope.app.session.RunSession session = window.visualizer().session();
        Node board = window.view().board().node();
        Node viewport = onFx(() -> board.lookup(".board-scroll .viewport"));
        int last = onFx(session::lastStep);
        int running = 0;
        for (int step = 0; step <= last; step++) {
            int at = step;
            // The picture as the next pulse lays it out (waiting for events alone may come before it).
            robot.interact(() -> {
                session.jumpTo(at);
                board.getScene().getRoot().applyCss();
                board.getScene().getRoot().layout();
            });
            List<Node> cards = onFx(() -> List.copyOf(board.lookupAll(".task-card")));
            // A question points at a card (the board shows that one first).
            boolean spotlight = false;
            for (Node n : cards) {
                if (onFx(() -> ((TaskCard) n).spotlightProperty().get())) {
                    spotlight = true;
                    assertInView((TaskCard) n, viewport, at);
                }
            }
            for (Node n : cards) {
                TaskCard card = (TaskCard) n;
                javafx.scene.control.Label state = (javafx.scene.control.Label) onFx(() -> card.lookup(".task-state .label"));
                assertEquals(onFx(state::getText), onFx(() -> ((Text) state.lookup(".text")).getText()),
                        "the state word of " + card.model().nameProperty().get() + " is cut at step " + at);
                if (onFx(() -> card.model().currentProperty().get() && !card.model().coroutineOnly()) && !spotlight) {
                    running++;
                    assertInView(card, viewport, at);
                }
            }
        }
        assertTrue(running > 10, "steps with a running task: " + running);
    }

    @Test
    void beside_the_lesson_a_crowded_boards_title_stays_whole(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().editor().loadExample("hundred_tasks.py",
                dev.coroscope.app.testing.TestPrograms.manyTasksSource(100)));
        dev.coroscope.app.session.RunSession session = window.visualizer().session();
        waitUntil(() -> !session.isRunning() && session.lastStep() > 1000, "the hundred tasks' run");
        robot.interact(() -> session.jumpTo(session.lastStep() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label title = (javafx.scene.control.Label) onFx(() -> window.view().board().node()
                .lookup(".panel-title"));
        assertTrue(onFx(() -> window.visualizer().board().summaryProperty().get()).length() > 30, "a long summary");
        assertEquals("Tasks", onFx(() -> ((Text) title.lookup(".text")).getText()));
    }

    private static void assertInView(TaskCard card, Node viewport, int step) throws Exception {
        // The card's own box (a woken card swells for a moment; that may stick out).
        javafx.geometry.Bounds box = onFx(() -> card.getParent().localToScreen(new javafx.geometry.BoundingBox(
                card.getLayoutX(), card.getLayoutY(), card.getWidth(), card.getHeight())));
        javafx.geometry.Bounds view = onFx(() -> viewport.localToScreen(viewport.getLayoutBounds()));
        assertTrue(box.getMinY() >= view.getMinY() - 0.5 && box.getMaxY() <= view.getMaxY() + 0.5,
                card.model().nameProperty().get() + "'s card at step " + step + ", " + box
                        + ", is not in the board's view " + view);
    }

    @Test
    void hiding_the_lesson_widens_the_code_and_a_question_brings_it_back(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.visualizer().playback().speedProperty().set(PlaybackViewModel.SPEEDS.length - 1);
            lessons.browser().open(GatherLesson.ID);
        });
        waitUntil(() -> lessons.predict().isActive(), "the example's run");
        double narrow = onFx(area::getWidth);
        robot.clickOn(lessons.pane().hideButton());
        waitUntil(() -> lessons.pane().node().getScene() == null, "the pane out of the window");
        waitUntil(() -> area.getWidth() > narrow * 1.1, "the editor wider than " + narrow);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> lessons.pane().node().getScene() != null, "the pane back by the keyboard");
        robot.clickOn(lessons.pane().hideButton());
        waitUntil(() -> lessons.pane().node().getScene() == null, "the pane hidden again");

        robot.type(KeyCode.F5);
        waitUntil(() -> lessons.predict().getPhase() == Phase.ASKING, "the first question");
        waitUntil(() -> lessons.pane().card().node().getScene() != null && lessons.pane().card().node().isVisible(),
                "the pane back with the question's card");
    }

    @Test
    void with_several_questions_at_one_step_what_answers_the_later_ones_is_hidden_from_the_first(FxRobot robot)
            throws Exception {
        robot.interact(() -> lessons.browser().open(GatherLesson.ID));
        waitUntil(() -> lessons.predict().isActive(), "the example's run");
        QuestionItem prints = onFx(() -> lessons.predict().questions().get(2));
        robot.interact(() -> window.visualizer().playback().scrubTo(prints.pauseStep()));
        waitUntil(() -> lessons.predict().getCurrent() == prints, "the print question");
        waitUntil(() -> lessons.highlighter().hidden().stream()
                .anyMatch(n -> n.getStyleClass().contains(dev.coroscope.app.theme.StyleClasses.VIRTUAL_CLOCK)),
                "the clock hidden: the next question here asks about it");
        waitUntil(() -> lessons.highlighter().hidden().stream()
                .anyMatch(n -> n instanceof TaskCard c && c.model().nameProperty().get().equals("Task-3")),
                "Task-3's card hidden: the third question here asks about it");
        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> lessons.predict().getCurrent() != prints, "the clock question");
        assertTrue(texts(lessons.pane().card().node()).contains("What does the clock show?"));
        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> lessons.highlighter().hidden().stream()
                .noneMatch(n -> n.getStyleClass().contains(dev.coroscope.app.theme.StyleClasses.VIRTUAL_CLOCK)),
                "the clock shown with its verdict");
        assertTrue(onFx(() -> lessons.highlighter().hidden().stream()
                .anyMatch(n -> n instanceof TaskCard c && c.model().nameProperty().get().equals("Task-3"))),
                "Task-3's card still hidden: its question waits");
        assertTrue(texts(lessons.pane().card().node()).contains("Next question"), "OK says another question waits");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> lessons.predict().getPhase() == Phase.ASKING, "the Task-3 question");
        assertTrue(texts(lessons.pane().card().node()).contains("What state is Task-3 (b) in now?"));
        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> lessons.highlighter().hidden().isEmpty(), "Task-3's card shown again");
    }

    @Test
    void a_lesson_edit_reaches_the_disk_without_saving(FxRobot robot) throws Exception {
        robot.clickOn(area);
        robot.write("# kept");
        Path copy = home.resolve("autosave/lessons/" + lesson(0).id() + ".py");
        String typed = onFx(area::getText);
        assertTrue(typed.contains("# kept"), typed);
        waitUntil(() -> {
            try {
                return Files.exists(copy) && Files.readString(copy).equals(typed);
            } catch (java.io.IOException e) {
                return false;
            }
        }, "the autosave of the whole edit");
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }

    /** All the text shown under {@code node}: labels and text runs, in order. */
    private static String texts(Node node) throws Exception {
        return onFx(() -> {
            StringBuilder out = new StringBuilder();
            collect(node, out);
            return out.toString();
        });
    }

    private static void collect(Node node, StringBuilder out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l) {
            out.append(l.getText()).append('\n');
        } else if (node instanceof Text t) {
            out.append(t.getText());
        }
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
            if (node instanceof javafx.scene.text.TextFlow) {
                out.append('\n');
            }
        }
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
