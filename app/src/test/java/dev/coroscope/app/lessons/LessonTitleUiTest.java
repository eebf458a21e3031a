package dev.coroscope.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.files.ScriptedFileDialogs;
import dev.coroscope.app.lessons.PredictViewModel.Phase;
import dev.coroscope.app.main.MainWindow;
import dev.coroscope.app.run.EngineProgramRunner;
import dev.coroscope.app.settings.MemorySettings;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The shipped first lesson run by the engine in the real window at its preferred size (1440x900):
 * while each of its question cards is asked and revealed, the lesson's title is shown whole.
 */
@ExtendWith(ApplicationExtension.class)
class LessonTitleUiTest {
    @TempDir
    Path home;

    private MainWindow window;
    private LessonFeatures lessons;

    @Start
    void start(Stage stage) {
        window = MainWindow.create(stage, new ScriptedFileDialogs(), new EngineProgramRunner(), new MemorySettings());
        ScriptedLessonDialogs dialogs = new ScriptedLessonDialogs();
        lessons = LessonFeatures.install(window, home, LessonBrowserViewModelTest.CATALOG, dialogs, dialogs);
        stage.show();
    }

    @Test
    void at_1440_by_900_the_first_lessons_title_is_whole_beside_each_question_card(FxRobot robot) throws Exception {
        assertEquals(1440.0, onFx(() -> window.stage().getWidth()), "the window at its preferred size");
        assertEquals(900.0, onFx(() -> window.stage().getHeight()), "the window at its preferred size");
        String title = LessonBrowserViewModelTest.CATALOG.lessons().get(0).title();
        waitUntil(() -> lessons.predict().isActive(), "the example's run");
        List<QuestionItem> questions = onFx(() -> List.copyOf(lessons.predict().questions()));
        assertTrue(questions.size() >= 2, "lesson 1's questions: " + questions.size());
        for (QuestionItem q : questions) {
            robot.interact(() -> window.visualizer().playback().scrubTo(q.pauseStep()));
            waitUntil(() -> lessons.predict().getCurrent() == q && lessons.predict().getPhase() == Phase.ASKING,
                    "question " + q.number());
            assertTitleWhole(robot, title, "asking question " + q.number());
            robot.type(KeyCode.DIGIT1);
            waitUntil(() -> lessons.predict().getPhase() == Phase.REVEALED, "the answer to question " + q.number());
            assertTitleWhole(robot, title, "the answer to question " + q.number());
            waitUntil(() -> lessons.pane().card().node().lookupAll(".button").stream()
                    .anyMatch(b -> b.isFocused() && b.isVisible()), "the focus on the card's OK");
            Node ok = onFx(() -> lessons.pane().card().node().lookupAll(".button").stream()
                    .filter(Node::isFocused).findFirst().orElseThrow());
            assertWhole(ok, "the focused " + onFx(() -> ((javafx.scene.control.Button) ok).getText())
                    + " after question " + q.number());
            robot.type(KeyCode.ENTER);
            waitUntil(() -> lessons.predict().getPhase() == Phase.IDLE, "question " + q.number() + " dismissed");
        }
    }

    /** The title's flow has its full height and no clipping ancestor (a scroll view, the pane) cuts it. */
    private void assertTitleWhole(FxRobot robot, String title, String when) throws Exception {
        Node pane = lessons.pane().node();
        robot.interact(() -> {
            pane.getScene().getRoot().applyCss();
            pane.getScene().getRoot().layout();
        });
        assertTrue(onFx(() -> lessons.pane().card().node().isVisible()), "the question card is shown " + when);
        TextFlow flow = onFx(() -> (TextFlow) pane.lookupAll("." + LessonStyles.LESSON_H1).stream()
                .filter(n -> n instanceof TextFlow f && f.getChildren().stream()
                        .map(t -> ((javafx.scene.text.Text) t).getText()).reduce("", String::concat).equals(title))
                .findFirst().orElse(null));
        assertNotNull(flow, "the title's flow " + when);
        assertTrue(onFx(flow::isVisible), "the title visible " + when);
        double want = onFx(() -> flow.prefHeight(flow.getWidth()));
        assertTrue(onFx(flow::getHeight) >= want - 0.5, "the title " + onFx(flow::getHeight) + " px high of " + want + " " + when);
        assertWhole(flow, "the title " + when);
    }

    /** No clipping ancestor of {@code node} in the lesson pane (a scroll view, the pane) cuts it. */
    private void assertWhole(Node node, String when) throws Exception {
        Node pane = lessons.pane().node();
        Bounds shown = onFx(() -> node.localToScreen(node.getLayoutBounds()));
        Bounds paneBox = onFx(() -> pane.localToScreen(pane.getLayoutBounds()));
        assertInside(shown, paneBox, "the lesson pane", when);
        for (Parent p = onFx(node::getParent); p != null; p = onFx(p::getParent)) {
            Parent at = p;
            Node clip = onFx(at::getClip);
            if (clip != null) {
                Bounds clipBox = onFx(() -> at.localToScreen(clip.getBoundsInParent()));
                assertInside(shown, clipBox, "the clip of " + at.getStyleClass(), when);
            }
        }
    }

    private static void assertInside(Bounds inner, Bounds outer, String what, String when) {
        assertTrue(inner.getMinY() >= outer.getMinY() - 0.5 && inner.getMaxY() <= outer.getMaxY() + 0.5
                        && inner.getMinX() >= outer.getMinX() - 0.5 && inner.getMaxX() <= outer.getMaxX() + 0.5,
                inner + " is cut by " + what + " " + outer + ": " + when);
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
