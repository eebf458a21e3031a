package dev.coroscope.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.files.ScriptedFileDialogs;
import dev.coroscope.app.main.MainWindow;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor inside the real, themed main window. */
@ExtendWith(ApplicationExtension.class)
class CodeEditorViewUiTest {

    private MainWindow window;
    private PythonCodeArea area;

    @Start
    void start(Stage stage) {
        window = MainWindow.create(stage, new ScriptedFileDialogs());
        area = (PythonCodeArea) window.view().editor().area();
        stage.show();
    }

    @Test
    void the_current_line_highlight_takes_its_colour_from_the_theme_and_survives_restyling(FxRobot robot)
            throws Exception {
        robot.clickOn(area);
        robot.write("x = 'y'");
        WaitForAsyncUtils.sleep(CodeEditorView.SETTLE.toMillis() * 3, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(area::isLineHighlighterOn));
        assertNotEquals(Color.TRANSPARENT, onFx(area::getCurrentLineFill));
    }

    @Test
    void loading_a_document_replaces_the_text_and_forgets_the_old_undo_history(FxRobot robot) throws Exception {
        robot.clickOn(area);
        robot.write("# old");
        robot.interact(() -> window.viewModel().editor().loadExample("new.py", "print('new')\n"));
        assertEquals("print('new')\n", onFx(area::getText));
        assertFalse(onFx(area::isUndoAvailable));
        assertFalse(window.viewModel().editor().isModified());
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
