package dev.coroscope.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.files.ScriptedFileDialogs;
import dev.coroscope.app.run.EngineProgramRunner;
import dev.coroscope.app.run.RunOutcome;
import dev.coroscope.app.session.RunSession;
import dev.coroscope.app.settings.MemorySettings;
import dev.coroscope.app.testing.TestPrograms;
import dev.coroscope.app.theme.StyleClasses;
import dev.coroscope.engine.trace.StdStream;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window with the real engine behind it (programs without asyncio, which the engine lacks so far). */
@ExtendWith(ApplicationExtension.class)
class EngineWindowUiTest {
    private MainWindow window;
    private RunSession session;

    @Start
    void start(Stage stage) {
        // No step budget: the endless loop ends only by Stop (with the default budget of a million
        // steps the engine ends it by itself in well under a second).
        window = MainWindow.create(stage, new ScriptedFileDialogs(), new EngineProgramRunner(0),
                new MemorySettings());
        session = window.visualizer().session();
        stage.show();
    }

    @Test
    void a_runaway_program_in_the_engine_is_stopped_while_the_window_keeps_answering(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().editor().loadExample("loop.py", TestPrograms.SLOW_RUNAWAY));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> session.isRunning()
                && TestPrograms.SLOW_RUNAWAY.equals(session.recordedSource()) && session.lastStep() > 100));
        Button stop = robot.lookup("." + StyleClasses.STOP_BUTTON).queryAs(Button.class);
        assertTrue(onFx(stop::isVisible));
        // The window answers while the engine runs: the key takes effect before the endless
        // program has ended (only Stop ends it), however fast or loaded the machine is.
        double zoom = window.viewModel().getZoom();
        robot.clickOn(window.view().editor().area());
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertTrue(onFx(() -> window.viewModel().getZoom() > zoom && session.isRunning()),
                "zoom took effect while the engine still runs");
        robot.clickOn(stop);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !session.isRunning()));
        assertEquals(RunOutcome.Status.STOPPED, onFx(() -> session.outcomeProperty().get().status()));
        assertFalse(onFx(stop::isVisible));
        assertTrue(onFx(session::lastStep) > 100, "the recorded steps stay browsable");
        robot.interact(() -> window.visualizer().playback().toEnd());
        assertTrue(onFx(() -> window.view().console().area().getText()).contains("KeyboardInterrupt"),
                onFx(() -> window.view().console().area().getText()));
    }

    @Test
    void the_engines_syntax_error_is_shown_at_its_line(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().editor().loadExample("broken.py", TestPrograms.resource("syntax_error.py")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> session.getError() != null));
        WaitForAsyncUtils.waitForFxEvents();
        Label banner = robot.lookup("." + StyleClasses.ERROR_BANNER + " .error-text").queryAs(Label.class);
        assertEquals("line 3: SyntaxError: expected ':'", onFx(banner::getText));
        assertEquals(3, (int) onFx(() -> window.view().codePane().highlightedErrorLine()));
        assertEquals(TestPrograms.resource("syntax_error.err"), onFx(() -> window.visualizer().console().text(StdStream.STDERR)));
    }

    @Test
    void a_program_that_prints_shows_its_output_in_the_console(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().editor().loadExample("hello.py", "for i in range(3):\n    print('hi', i)\n"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !session.isRunning()
                && session.outcomeProperty().get() != null));
        robot.interact(() -> window.visualizer().playback().toEnd());
        assertEquals("hi 0\nhi 1\nhi 2\n", onFx(() -> window.view().console().area().getText()));
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
