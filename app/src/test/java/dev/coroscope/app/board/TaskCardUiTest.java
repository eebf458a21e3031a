package dev.coroscope.app.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.theme.Motion;
import dev.coroscope.app.theme.StyleClasses;
import dev.coroscope.app.theme.Theme;
import dev.coroscope.engine.trace.TaskState;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A task card's first line at the widths the board gives it: the state word, the most important
 * word on a card, is always shown whole, whatever the task's name and the card's width.
 */
@ExtendWith(ApplicationExtension.class)
class TaskCardUiTest {
    private final Pane root = new Pane();
    private final TaskCardModel model = new TaskCardModel(1);
    private TaskCard card;

    /** The card gets a scene of its own (TestFX shares the primary stage between test classes). */
    @Start
    void start(Stage stage) {
        Scene scene = new Scene(root, 800, 600);
        scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
        model.badgeProperty().set("1");
        model.stateProperty().set(TaskState.WAITING);
        card = new TaskCard(model, new Motion(), coro -> { });
        // Sized by the test alone, as the board's grid sizes it (a Pane would reset it to its preferred size).
        card.setManaged(false);
        root.getChildren().add(card);
    }

    /** Lays the card out at {@code width} and returns the state word's label. */
    private Label layOut(FxRobot robot, double width) {
        robot.interact(() -> {
            card.applyCss();
            card.resize(width, card.prefHeight(width));
            card.layout();
        });
        return (Label) card.lookup("." + StyleClasses.TASK_STATE + " .label");
    }

    /** The card's minimum width with its current style (the board never makes it narrower). */
    private double minWidth() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            card.applyCss();
            return card.minWidth(-1);
        }).get(5, TimeUnit.SECONDS);
    }

    /** The text a label actually draws (its ellipsis, when cut). */
    private static String drawn(Label label) {
        return ((Text) label.lookup(".text")).getText();
    }

    private Bounds inCard(Node n) {
        return card.sceneToLocal(n.localToScene(n.getLayoutBounds()));
    }

    private void assertWholeAndInside(Label state, String word) {
        assertEquals(word, state.getText());
        assertEquals(word, drawn(state), "the state word is drawn whole: label " + state.getWidth() + " of pref " + state.prefWidth(-1) + ", box " + state.getParent().getLayoutBounds() + " pref " + ((javafx.scene.layout.Region) state.getParent()).prefWidth(-1) + " header " + state.getParent().getParent().getLayoutBounds() + " card " + card.getWidth());
        Bounds b = inCard(state.getParent());
        assertTrue(b.getMinX() >= 0 && b.getMaxX() <= card.getWidth() + 0.5,
                "the state badge lies inside the card: " + b + " in " + card.getWidth());
    }

    @Test
    void a_card_as_narrow_as_its_minimum_shows_its_whole_state_word_under_the_name(FxRobot robot) throws Exception {
        model.nameProperty().set("Task-1");
        double min = minWidth();
        Label state = layOut(robot, min);
        assertWholeAndInside(state, "WAITING");
        Label name = (Label) card.lookup("." + StyleClasses.TASK_NAME);
        assertEquals("Task-1", drawn(name), "the name still fits its own line");
        assertTrue(inCard(state).getMinY() >= inCard(name).getMaxY(), "the state is on the line under the name");
    }

    @Test
    void a_wide_card_shows_name_and_state_on_one_line(FxRobot robot) throws Exception {
        model.nameProperty().set("Task-1");
        Label state = layOut(robot, 400);
        assertWholeAndInside(state, "WAITING");
        Label name = (Label) card.lookup("." + StyleClasses.TASK_NAME);
        assertTrue(inCard(state).getMinY() < inCard(name).getMaxY(), "state and name share the first line");
        assertTrue(inCard(state.getParent()).getMaxX() > 300, "the state sits at the right");
    }

    @Test
    void a_name_wider_than_the_card_is_the_one_that_gives_way(FxRobot robot) throws Exception {
        model.nameProperty().set("download-every-page-of-the-course-website");
        robot.interact(() -> model.stateProperty().set(TaskState.CANCELLED));
        Label state = layOut(robot, 200);
        assertWholeAndInside(state, "CANCELLED");
        Label name = (Label) card.lookup("." + StyleClasses.TASK_NAME);
        assertTrue(drawn(name).endsWith("\u2026") || drawn(name).endsWith("..."), drawn(name));
        assertTrue(inCard(name).getMaxX() <= card.getWidth(), "the name ends inside the card");
    }

    @Test
    void every_state_word_fits_a_card_of_the_minimum_width_at_every_zoom(FxRobot robot) throws Exception {
        model.nameProperty().set("Task-1");
        for (String size : new String[] {"10px", "13px", "20px", "32px"}) {
            robot.interact(() -> root.setStyle("-fx-font-size: " + size + ";"));
            for (TaskState s : TaskState.values()) {
                robot.interact(() -> model.stateProperty().set(s));
                double min = minWidth();
                Label state = layOut(robot, min);
                assertWholeAndInside(state, s.name());
            }
        }
    }

    /** The root font sizes the window's zoom steps give (Ctrl+= / Ctrl+-). */
    private static String[] zoomFontSizes() {
        return java.util.Arrays.stream(dev.coroscope.app.main.MainWindowViewModel.ZOOM_STEPS)
                .mapToObj(z -> String.format(java.util.Locale.ROOT, "%.2fpx",
                        z * dev.coroscope.app.main.MainWindowViewModel.BASE_FONT_SIZE))
                .toArray(String[]::new);
    }

    @Test
    void the_coroutine_flags_stay_on_one_line_each_at_the_minimum_width_at_every_zoom(FxRobot robot) throws Exception {
        model.nameProperty().set("Task-1");
        java.util.List<String> wrapped = new java.util.ArrayList<>();
        for (String size : zoomFontSizes()) {
            robot.interact(() -> root.setStyle("-fx-font-size: " + size + ";"));
            for (boolean flag : new boolean[] {false, true}) {
                robot.interact(() -> {
                    model.crRunningProperty().set(flag);
                    model.crSuspendedProperty().set(flag);
                });
                layOut(robot, minWidth());
                for (Node n : card.lookupAll(".lamp-text")) {
                    Label lamp = (Label) n;
                    double oneLine = WaitForAsyncUtils.asyncFx(() -> lamp.prefHeight(-1)).get(5, TimeUnit.SECONDS);
                    if (lamp.getHeight() >= oneLine * 1.5 || inCard(lamp).getMaxX() > card.getWidth() + 0.5) {
                        wrapped.add("'" + lamp.getText() + "' at " + size + ": " + lamp.getHeight() + " px high (one line "
                                + oneLine + "), " + lamp.getWidth() + " px wide of " + lamp.prefWidth(-1));
                    }
                }
            }
        }
        assertTrue(wrapped.isEmpty(), "flags wrapped or cut: " + wrapped);
    }

    @Test
    void a_coroutine_inside_asyncio_is_named_whole_at_the_minimum_width_at_every_zoom(FxRobot robot) throws Exception {
        model.nameProperty().set("Task-2");
        robot.interact(() -> model.coroutineProperty().set("(inside asyncio)"));
        for (String size : zoomFontSizes()) {
            robot.interact(() -> root.setStyle("-fx-font-size: " + size + ";"));
            layOut(robot, minWidth());
            Label coroutine = card.lookupAll("." + StyleClasses.TASK_DETAIL).stream()
                    .map(n -> (Label) n).filter(l -> l.getText().startsWith("coroutine")).findFirst().orElseThrow();
            assertEquals("coroutine  (inside asyncio)", drawn(coroutine), "drawn whole at " + size);
            assertTrue(inCard(coroutine).getMaxX() <= card.getWidth() + 0.5, "it ends inside the card at " + size);
        }
    }

    /** The texts of the card's visible flag lamps and of its await line. */
    private java.util.List<String> flagTexts() {
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (Node n : card.lookupAll(".lamp-text")) {
            if (n.getParent().isVisible()) {
                texts.add(((Label) n).getText());
            }
        }
        card.lookupAll("." + StyleClasses.TASK_DETAIL).stream().map(n -> ((Label) n).getText())
                .filter(t -> t.contains("  <") || t.endsWith("  None")).filter(t -> !t.startsWith("waits on"))
                .forEach(texts::add);
        return texts;
    }

    @Test
    void each_kind_of_coroutine_object_names_its_flags_as_python_does(FxRobot robot) {
        robot.interact(() -> {
            model.crRunningProperty().set(false);
            model.crSuspendedProperty().set(true);
            model.crAwaitProperty().set("None");
        });
        layOut(robot, 300);
        assertEquals(java.util.List.of("cr_running False", "cr_suspended True", "cr_await  None"), flagTexts());
        robot.interact(() -> model.kindProperty().set(dev.coroscope.engine.trace.Flavor.ASYNC_GENERATOR));
        layOut(robot, 300);
        assertEquals(java.util.List.of("ag_running False", "ag_await  None"), flagTexts(),
                "an async generator has no ag_suspended in 3.11");
        robot.interact(() -> model.kindProperty().set(dev.coroscope.engine.trace.Flavor.GENERATOR));
        layOut(robot, 300);
        assertEquals(java.util.List.of("gi_running False", "gi_suspended True", "gi_yieldfrom  None"), flagTexts());
    }
}
