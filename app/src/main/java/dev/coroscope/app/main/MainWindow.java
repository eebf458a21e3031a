package dev.coroscope.app.main;

import dev.coroscope.app.editor.EditorViewModel;
import dev.coroscope.app.editor.ExamplePrograms;
import dev.coroscope.app.files.FileDialogs;
import dev.coroscope.app.files.FxFileDialogs;
import dev.coroscope.app.run.FxRunAdapter;
import dev.coroscope.app.run.ProgramRunner;
import dev.coroscope.app.run.ProgramRunners;
import dev.coroscope.app.settings.MemorySettings;
import dev.coroscope.app.settings.PreferencesSettings;
import dev.coroscope.app.settings.Settings;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Builds the main window on a stage: view models, view, scene, theme, title, the engine adapter,
 * and the close guard that asks before unsaved changes are lost. The application and the UI tests
 * both open the window through here, so the tests see the same window a person does.
 *
 * <p>The program in the editor runs once the window is shown (so start-up does not wait for it),
 * again when a document is loaded, and again when edits settle.
 */
public final class MainWindow {

    /** The preferred window size; smaller screens get their whole visible area. */
    public static final double WIDTH = 1440;
    public static final double HEIGHT = 900;

    private final Stage stage;
    private final MainWindowViewModel viewModel;
    private final Visualizer visualizer;
    private final MainWindowView view;
    private final FxRunAdapter runs;

    private MainWindow(Stage stage, FileDialogs dialogs, ProgramRunner runner, Settings settings) {
        this.stage = stage;
        // The dialogs ask the window's view model for the theme, which is made after them.
        MainWindowViewModel[] vmRef = new MainWindowViewModel[1];
        FileDialogs fileDialogs = dialogs != null ? dialogs
                : new FxFileDialogs(() -> stage, () -> vmRef[0].getTheme());
        EditorViewModel editor = new EditorViewModel(fileDialogs);
        editor.loadExample(ExamplePrograms.GATHER, ExamplePrograms.source(ExamplePrograms.GATHER));
        viewModel = new MainWindowViewModel(editor, settings);
        vmRef[0] = viewModel;
        runs = new FxRunAdapter(runner);
        visualizer = new Visualizer(runs, settings);

        // The view joins the scene only after the scene has its stylesheets and its root has the
        // .root class that carries the theme tokens: RichTextFX's line cells are styled the moment
        // they join a scene, and a scene adds .root to its root only after the root has joined.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        StackPane sceneRoot = new StackPane();
        Scene scene = new Scene(sceneRoot, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        scene.getStylesheets().setAll(viewModel.getTheme().stylesheets());
        viewModel.themeProperty().addListener((obs, old, now) -> scene.getStylesheets().setAll(now.stylesheets()));
        view = new MainWindowView(viewModel, visualizer, stage::close);
        sceneRoot.getChildren().add(view.root());
        view.installExtraAccelerators(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.setOnCloseRequest(event -> {
            if (!viewModel.requestClose()) {
                event.consume();
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
            view.dispose();
            runs.shutdown();
            if (settings instanceof PreferencesSettings p) {
                p.flush();
            }
        });
        // A document loaded before the window shows (the first lesson, at start) runs when it shows:
        // the engine's first run does not compete with building and showing the window.
        editor.documentLoadedProperty().addListener((obs, old, count) -> {
            if (stage.isShowing()) {
                visualizer.session().run(editor.getText());
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> Platform.runLater(
                () -> visualizer.session().runIfChanged(editor.getText())));
    }

    /** Builds the window on {@code stage} with JavaFX file dialogs and the user's settings; the caller shows it. */
    public static MainWindow create(Stage stage) {
        return new MainWindow(stage, null, ProgramRunners.engine(), new PreferencesSettings());
    }

    /** Builds the window on {@code stage} with JavaFX file dialogs and {@code settings}; the caller shows it. */
    public static MainWindow create(Stage stage, Settings settings) {
        return new MainWindow(stage, null, ProgramRunners.engine(), settings);
    }

    /**
     * Builds the window on {@code stage} asking file questions through {@code dialogs} (tests script
     * them), with the engine and settings that are forgotten when the window closes.
     */
    public static MainWindow create(Stage stage, FileDialogs dialogs) {
        return new MainWindow(stage, dialogs, ProgramRunners.engine(), new MemorySettings());
    }

    /** Builds the window with everything given: tests run scripted programs this way. */
    public static MainWindow create(Stage stage, FileDialogs dialogs, ProgramRunner runner, Settings settings) {
        return new MainWindow(stage, dialogs, runner, settings);
    }

    public Stage stage() {
        return stage;
    }

    public MainWindowViewModel viewModel() {
        return viewModel;
    }

    public Visualizer visualizer() {
        return visualizer;
    }

    public MainWindowView view() {
        return view;
    }
}
