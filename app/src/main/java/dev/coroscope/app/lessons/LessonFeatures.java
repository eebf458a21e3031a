package dev.coroscope.app.lessons;

import dev.coroscope.app.autosave.AppData;
import dev.coroscope.app.autosave.AutosaveStore;
import dev.coroscope.app.autosave.EditorAutosave;
import dev.coroscope.app.autosave.IoThread;
import dev.coroscope.app.autosave.RecoveryDialogs;
import dev.coroscope.app.main.MainWindow;
import dev.coroscope.lessons.LessonCatalog;
import dev.coroscope.lessons.LessonLoader;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.WindowEvent;

/**
 * Puts the lessons and the never-lose-an-edit safety into a {@link MainWindow}: the autosave of the
 * editor's text, the learner's progress, the lesson pane at the left of the window with its
 * question card, the predict flow on the window's playback, the Lessons menu, and the first
 * document (the lesson or file the learner had open last, or the first lesson).
 *
 * <p>The window keeps working without it (its own tests build it bare); the app installs it before
 * the window is shown.
 */
public final class LessonFeatures {
    private final EditorAutosave autosave;
    private final LessonBrowserViewModel browser;
    private final PredictViewModel predict;
    private final LessonPaneView pane;
    private final ProofHighlighter highlighter;

    private LessonFeatures(MainWindow window, Path appData, LessonCatalog catalog, LessonDialogs dialogs,
            RecoveryDialogs recovery, Consumer<Runnable> later) {
        IoThread io = IoThread.daemon("coroscope-autosave");
        autosave = new EditorAutosave(window.viewModel().editor(), new AutosaveStore(appData), io, recovery, later);
        ProgressStore progress = new ProgressStore(appData, io, autosave::report);
        browser = new LessonBrowserViewModel(catalog, window.viewModel().editor(), autosave, progress, dialogs);
        predict = new PredictViewModel(window.visualizer().session(), window.visualizer().playback(),
                window.visualizer().inspector(), browser);
        pane = new LessonPaneView(browser, predict, autosave.problemProperty());
        window.view().setSidePane(pane.node());
        window.view().menuBar().getMenus().add(menu());
        highlighter = new ProofHighlighter(predict, window.view().root());
        window.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> autosave.windowClosed());
        browser.start();
    }

    /** The app's installation: the packaged lessons, the user's app data folder, JavaFX dialogs. */
    public static LessonFeatures install(MainWindow window) {
        FxLessonDialogs dialogs = new FxLessonDialogs(window::stage, () -> window.viewModel().getTheme());
        return new LessonFeatures(window, AppData.folder(), LessonLoader.fromClasspath(), dialogs, dialogs,
                Platform::runLater);
    }

    /** For tests: everything given. */
    public static LessonFeatures install(MainWindow window, Path appData, LessonCatalog catalog,
            LessonDialogs dialogs, RecoveryDialogs recovery) {
        return new LessonFeatures(window, appData, catalog, dialogs, recovery, Platform::runLater);
    }

    public EditorAutosave autosave() {
        return autosave;
    }

    public LessonBrowserViewModel browser() {
        return browser;
    }

    public PredictViewModel predict() {
        return predict;
    }

    public LessonPaneView pane() {
        return pane;
    }

    public ProofHighlighter highlighter() {
        return highlighter;
    }

    private Menu menu() {
        MenuItem all = item("_All Lessons", "Shortcut+L", e -> browser.toggleList());
        MenuItem next = item("_Next Lesson", "Shortcut+PAGE_DOWN", e -> browser.next());
        next.disableProperty().bind(browser.hasNextProperty().not());
        MenuItem previous = item("_Previous Lesson", "Shortcut+PAGE_UP", e -> browser.previous());
        previous.disableProperty().bind(browser.hasPreviousProperty().not());
        MenuItem reset = item("_Reset Example", null, e -> browser.resetExample());
        MenuItem back = item("_Show the Lesson's Example", null, e -> browser.backToLesson());
        back.disableProperty().bind(browser.lessonInEditorProperty());
        return new Menu("_Lessons", null, all, next, previous, new SeparatorMenuItem(), reset, back);
    }

    private static MenuItem item(String text, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(action);
        return item;
    }
}
