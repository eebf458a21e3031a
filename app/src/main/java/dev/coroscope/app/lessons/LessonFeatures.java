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
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
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
    /**
     * Whether the lesson pane is in the window; hidden, the code and the picture share its width.
     * It is the window's own side-pane switch (View > Lesson Pane, Ctrl+Shift+L, remembered), so
     * the menu, the key, the pane's Hide button and the lessons' own reasons to show it agree.
     */
    private final BooleanProperty paneShown;

    private LessonFeatures(MainWindow window, Path appData, LessonCatalog catalog, LessonDialogs dialogs,
            RecoveryDialogs recovery, Consumer<Runnable> later) {
        IoThread io = IoThread.daemon("coroscope-autosave");
        autosave = new EditorAutosave(window.viewModel().editor(), new AutosaveStore(appData), io, recovery, later);
        ProgressStore progress = new ProgressStore(appData, io, autosave::report);
        browser = new LessonBrowserViewModel(catalog, window.viewModel().editor(), autosave, progress, dialogs);
        predict = new PredictViewModel(window.visualizer().session(), window.visualizer().playback(),
                window.visualizer().inspector(), browser);
        pane = new LessonPaneView(browser, predict, autosave.problemProperty());
        paneShown = window.viewModel().sidePaneShownProperty();
        window.view().setSidePane(pane.node());
        pane.hideButton().setOnAction(e -> paneShown.set(false));
        // A question is asked on the pane's card, and a lesson opened is read there: both bring it back.
        predict.phaseProperty().addListener((obs, old, now) -> {
            if (now == PredictViewModel.Phase.ASKING) {
                paneShown.set(true);
            }
        });
        browser.lessonProperty().addListener((obs, old, now) -> paneShown.set(true));
        browser.showingListProperty().addListener((obs, old, now) -> paneShown.set(paneShown.get() || now));
        window.view().menuBar().getMenus().add(menu());
        highlighter = new ProofHighlighter(predict, window.view().root());
        window.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> autosave.windowClosed());
        browser.start();
    }

    /** The app's installation: the packaged lessons, the user's app data folder, JavaFX dialogs. */
    public static LessonFeatures install(MainWindow window) {
        return install(window, LessonLoader.fromClasspath());
    }

    /** The app's installation with the packaged lessons already read ({@code catalog}). */
    public static LessonFeatures install(MainWindow window, LessonCatalog catalog) {
        FxLessonDialogs dialogs = new FxLessonDialogs(window::stage, () -> window.viewModel().getTheme());
        return new LessonFeatures(window, AppData.folder(), catalog, dialogs, dialogs, Platform::runLater);
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

    /** True while the lesson pane is shown (Lessons > Hide Lesson, the pane's Hide button). */
    public BooleanProperty paneShownProperty() {
        return paneShown;
    }

    private Menu menu() {
        MenuItem all = item("_All Lessons", "Shortcut+L", e -> browser.toggleList());
        MenuItem next = item("_Next Lesson", "Shortcut+PAGE_DOWN", e -> browser.next());
        next.disableProperty().bind(browser.hasNextProperty().not());
        MenuItem previous = item("_Previous Lesson", "Shortcut+PAGE_UP", e -> browser.previous());
        previous.disableProperty().bind(browser.hasPreviousProperty().not());
        MenuItem reset = item("_Reset Example", null, e -> browser.resetExample());
        MenuItem back = item("_Show the Lesson's Example", null, e -> browser.backToLesson());
        // Same switch as View > Lesson Pane, which carries the key (Ctrl+Shift+L).
        MenuItem hide = item("_Hide Lesson", null, e -> paneShown.set(!paneShown.get()));
        hide.textProperty().bind(Bindings.when(paneShown).then("_Hide Lesson").otherwise("_Show Lesson"));
        back.disableProperty().bind(browser.lessonInEditorProperty());
        return new Menu("_Lessons", null, all, next, previous, new SeparatorMenuItem(), reset, back,
                new SeparatorMenuItem(), hide);
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
