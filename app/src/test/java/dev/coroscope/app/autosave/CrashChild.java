package dev.coroscope.app.autosave;

import dev.coroscope.app.lessons.LessonFeatures;
import dev.coroscope.app.main.MainWindow;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;

/**
 * The app as a separate process for {@link KillAndRestartTest}: it opens the window exactly as
 * {@code CoroscopeApp} does (the user's lesson or file, the autosave), then either types an edit
 * into the editor with the robot and prints {@code TYPED} (mode {@code edit}; the test then kills
 * it), or prints {@code TEXT <base64 of the editor's text>} and exits (mode {@code report}).
 */
public final class CrashChild {
    /** What mode {@code edit} types at the start of the example. */
    public static final String EDIT = "kept after kill ";

    private CrashChild() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application class; a separate class so the launcher above is not a JavaFX Application. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            MainWindow window = MainWindow.create(stage);
            LessonFeatures.install(window);
            stage.show();
            CodeArea area = window.view().editor().area();
            String mode = getParameters().getRaw().get(0);
            if (mode.equals("report")) {
                Platform.runLater(() -> {
                    System.out.println("TEXT " + Base64.getEncoder().encodeToString(
                            area.getText().getBytes(StandardCharsets.UTF_8)));
                    System.out.flush();
                    Platform.exit();
                });
                return;
            }
            Platform.runLater(() -> type(area));
        }

        /** Clicks into the editor, goes to its start and types {@link #EDIT} key by key. */
        private static void type(CodeArea area) {
            Robot robot = new Robot();
            Bounds b = area.localToScreen(area.getBoundsInLocal());
            robot.mouseMove(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
            robot.mouseClick(MouseButton.PRIMARY);
            robot.keyPress(KeyCode.CONTROL);
            robot.keyType(KeyCode.HOME);
            robot.keyRelease(KeyCode.CONTROL);
            for (char c : EDIT.toCharArray()) {
                robot.keyType(c == ' ' ? KeyCode.SPACE : KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c))));
            }
            // The key events are queued; report once they have been handled.
            Platform.runLater(() -> {
                System.out.println("TYPED " + area.getText().startsWith(EDIT));
                System.out.flush();
            });
        }
    }
}
