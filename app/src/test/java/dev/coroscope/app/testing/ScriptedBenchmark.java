package dev.coroscope.app.testing;

import dev.coroscope.app.bench.VisualizerBenchmark;
import dev.coroscope.app.files.ScriptedFileDialogs;
import dev.coroscope.app.main.MainWindow;
import dev.coroscope.app.settings.MemorySettings;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * A development tool, not a test: the {@link VisualizerBenchmark} in the real window with the
 * {@link ScriptedRunner}'s recordings instead of the engine, so the window's own costs can be
 * measured before the engine runs programs. Run under Xvfb with
 * {@code java -cp ... 'dev.coroscope.app.testing.ScriptedBenchmark$Launch'}.
 */
public final class ScriptedBenchmark extends Application {

    /** The entry point (not the Application itself, so JavaFX may come from the class path). */
    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(ScriptedBenchmark.class);
        }
    }

    @Override
    public void start(Stage stage) {
        MainWindow w = MainWindow.create(stage, new ScriptedFileDialogs(), new ScriptedRunner(), new MemorySettings());
        stage.show();
        VisualizerBenchmark.start(w);
    }
}
