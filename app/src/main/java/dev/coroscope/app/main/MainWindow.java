package dev.coroscope.app.main;

import dev.coroscope.app.editor.EditorViewModel;
import dev.coroscope.app.editor.ExamplePrograms;
import dev.coroscope.app.files.FileDialogs;
import dev.coroscope.app.files.FxFileDialogs;
import dev.coroscope.app.theme.Theme;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Builds the main window on a stage: view models, view, scene, theme, title, and the close guard
 * that asks before unsaved changes are lost. The application and the UI tests both open the window
 * through here, so the tests see the same window a person does.
 */
public final class MainWindow {

    /** The preferred window size; smaller screens get their whole visible area. */
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private final Stage stage;
    private final MainWindowViewModel viewModel;
    private final MainWindowView view;

    private MainWindow(Stage stage, FileDialogs dialogs) {
        this.stage = stage;
        Theme theme = Theme.LIGHT;
        FileDialogs fileDialogs = dialogs != null ? dialogs : new FxFileDialogs(() -> stage, () -> theme);
        EditorViewModel editor = new EditorViewModel(fileDialogs);
        editor.loadExample(ExamplePrograms.GATHER, ExamplePrograms.source(ExamplePrograms.GATHER));
        viewModel = new MainWindowViewModel(editor);

        // The view joins the scene only after the scene has its stylesheets and its root has the
        // .root class that carries the theme tokens: RichTextFX's line cells are styled the moment
        // they join a scene, and a scene adds .root to its root only after the root has joined.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        StackPane sceneRoot = new StackPane();
        Scene scene = new Scene(sceneRoot, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        scene.getStylesheets().setAll(theme.stylesheets());
        view = new MainWindowView(viewModel, stage::close);
        sceneRoot.getChildren().add(view.root());
        view.installExtraAccelerators(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        stage.setOnCloseRequest(event -> {
            if (!viewModel.requestClose()) {
                event.consume();
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> view.dispose());
    }

    /** Builds the window on {@code stage} with JavaFX file dialogs; the caller shows it. */
    public static MainWindow create(Stage stage) {
        return new MainWindow(stage, null);
    }

    /** Builds the window on {@code stage} asking file questions through {@code dialogs} (tests script them). */
    public static MainWindow create(Stage stage, FileDialogs dialogs) {
        return new MainWindow(stage, dialogs);
    }

    public Stage stage() {
        return stage;
    }

    public MainWindowViewModel viewModel() {
        return viewModel;
    }

    public MainWindowView view() {
        return view;
    }
}
