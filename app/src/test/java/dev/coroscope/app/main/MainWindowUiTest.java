package dev.coroscope.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.editor.ExamplePrograms;
import dev.coroscope.app.files.ScriptedFileDialogs;
import dev.coroscope.app.theme.StyleClasses;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless: what a person sees and types. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    private MainWindow window;
    private CodeArea area;

    @Start
    void start(Stage stage) {
        window = MainWindow.create(stage, new ScriptedFileDialogs());
        area = window.view().editor().area();
        stage.show();
    }

    @Test
    void the_window_opens_titled_coroscope_with_the_gather_example(FxRobot robot) throws Exception {
        assertTrue(window.stage().getTitle().contains("Coroscope"), window.stage().getTitle());
        assertEquals(ExamplePrograms.source(ExamplePrograms.GATHER), onFx(area::getText));
        String text = onFx(area::getText);
        assertEquals(List.of(StyleClasses.SYNTAX_ASYNC), onFx(() -> List.copyOf(area.getStyleOfChar(text.indexOf("await") + 1))));
    }

    @Test
    void typing_an_async_program_highlights_async_await_strings_and_comments(FxRobot robot) throws Exception {
        clearEditor(robot);
        // Enter indents after the colon, so the body lines are typed without their indentation.
        robot.write("async def main():\n# wait for it\nawait asyncio.sleep(0)\nprint(\"done\")\n");
        String expected = "async def main():\n    # wait for it\n    await asyncio.sleep(0)\n    print(\"done\")\n    ";
        assertEquals(expected, onFx(area::getText));

        waitForStyle(expected.indexOf("async"), StyleClasses.SYNTAX_ASYNC);
        waitForStyle(expected.indexOf("await"), StyleClasses.SYNTAX_ASYNC);
        waitForStyle(expected.indexOf("\"done\"") + 1, StyleClasses.SYNTAX_STRING);
        waitForStyle(expected.indexOf("# wait") + 3, StyleClasses.SYNTAX_COMMENT);
        waitForStyle(expected.indexOf("asyncio"), null);
    }

    @Test
    void tab_inserts_four_spaces_and_undo_takes_typing_back(FxRobot robot) throws Exception {
        clearEditor(robot);
        robot.write("x = 1");
        robot.type(KeyCode.TAB);
        assertEquals("x = 1    ", onFx(area::getText));
        robot.interact(area::undo);
        assertEquals("", onFx(area::getText));
    }

    @Test
    void tab_and_shift_tab_indent_and_dedent_every_selected_line(FxRobot robot) throws Exception {
        clearEditor(robot);
        robot.interact(() -> area.replaceText("a = 1\nif a:\nb = 2\n"));
        robot.interact(() -> area.selectRange(0, "a = 1\nif a:\nb".length()));
        robot.type(KeyCode.TAB);
        assertEquals("    a = 1\n    if a:\n    b = 2\n", onFx(area::getText));
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertEquals("a = 1\nif a:\nb = 2\n", onFx(area::getText));
    }

    @Test
    void shift_tab_on_one_line_keeps_the_caret_on_the_same_character(FxRobot robot) throws Exception {
        clearEditor(robot);
        robot.interact(() -> {
            area.replaceText("        x = 1");
            area.moveTo(10);
        });
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertEquals("    x = 1", onFx(area::getText));
        assertEquals(6, (int) onFx(area::getCaretPosition));
    }

    @Test
    void pasted_windows_line_breaks_become_plain_newlines(FxRobot robot) throws Exception {
        clearEditor(robot);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("a = 1\r\nb = 2\r\n");
            Clipboard.getSystemClipboard().setContent(content);
            area.paste();
        });
        assertEquals("a = 1\nb = 2\n", onFx(area::getText));
    }

    @Test
    void editing_marks_the_title_as_modified(FxRobot robot) throws Exception {
        robot.clickOn(area);
        robot.write("#");
        assertTrue(window.stage().getTitle().startsWith("*gather.py"), window.stage().getTitle());
    }

    @Test
    void zoom_keys_change_the_font_size(FxRobot robot) {
        robot.clickOn(area);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertEquals(1.1, window.viewModel().getZoom(), 1e-9);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertEquals(0.9, window.viewModel().getZoom(), 1e-9);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertEquals(1.0, window.viewModel().getZoom(), 1e-9, "Ctrl+0 is the actual size");
    }

    @Test
    void ctrl_shift_l_hides_and_shows_the_side_pane_and_the_choice_is_remembered(FxRobot robot) throws Exception {
        javafx.scene.control.Label side = new javafx.scene.control.Label("lesson text");
        robot.interact(() -> window.view().setSidePane(side));
        assertTrue(onFx(() -> side.getScene() != null), "the side pane is in the window");
        robot.clickOn(area);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertTrue(onFx(() -> side.getScene() == null), "Ctrl+Shift+L took the side pane out");
        assertEquals("false", window.viewModel().settings().get(MainWindowViewModel.SIDE_PANE_KEY, null));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertTrue(onFx(() -> side.getScene() != null), "and put it back");
        assertEquals("true", window.viewModel().settings().get(MainWindowViewModel.SIDE_PANE_KEY, null));
    }

    private void clearEditor(FxRobot robot) {
        robot.clickOn(area);
        robot.interact(() -> {
            area.clear();
            area.getUndoManager().forgetHistory();
        });
    }

    /** Waits until the character at {@code offset} has exactly {@code styleClass} (or no class if null). */
    private void waitForStyle(int offset, String styleClass) throws Exception {
        List<String> want = styleClass == null ? List.of() : List.of(styleClass);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> want.equals(styleAt(offset)));
        } catch (java.util.concurrent.TimeoutException e) {
            assertEquals(want, styleAt(offset), "style of the character at " + offset);
        }
    }

    private List<String> styleAt(int offset) throws Exception {
        return onFx(() -> {
            Collection<String> style = area.getStyleOfChar(offset);
            return List.copyOf(style);
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
