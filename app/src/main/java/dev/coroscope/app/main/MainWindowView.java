package dev.coroscope.app.main;

import dev.coroscope.app.board.TaskBoardView;
import dev.coroscope.app.console.ConsoleView;
import dev.coroscope.app.console.NarrationView;
import dev.coroscope.app.editor.CodeEditorView;
import dev.coroscope.app.editor.CodePaneView;
import dev.coroscope.app.editor.EditorViewModel;
import dev.coroscope.app.inspector.InspectorView;
import dev.coroscope.app.loop.EventLoopView;
import dev.coroscope.app.playback.PlaybackBarView;
import dev.coroscope.app.playback.PlaybackDriver;
import dev.coroscope.app.playback.PlaybackViewModel;
import dev.coroscope.app.settings.Settings;
import dev.coroscope.app.theme.StyleClasses;
import dev.coroscope.app.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.fxmisc.richtext.CodeArea;

/**
 * The main window's nodes, bound to the {@link MainWindowViewModel} and the {@link Visualizer}'s
 * view models. Layout: the menu bar and the narration line on top; in the middle, split panes with
 * the code pane on the left above the console and the inspector (side by side), and the stage on
 * the right (task board over event loop); the playback bar and the status bar at the bottom.
 * Divider positions are remembered.
 *
 * <p>Keys: F5 run / pause, F10 step over, F11 step into, Shift+F11 step out, Shift+F10 step back,
 * F9 toggle a breakpoint on the caret's line, Ctrl+= / Ctrl+- / Ctrl+0 zoom, Ctrl+Shift+L show or hide
 * the side pane. The playback keys are caught
 * by a scene filter, before any control (the menu bar uses F10 for itself otherwise); the menus
 * list them too.
 *
 * <p>Room for what comes later: {@link #setSidePane(Node)} puts a pane (the lesson browser) at the
 * left of the window.
 */
public final class MainWindowView {
    // The column keys carry a version: widths remembered before the code font and gutter were made
    // smaller (2026-11) would keep the code at ~45 characters, so they are not read any more.
    static final String MAIN_SPLIT = "split.main.v2";
    static final String CODE_SPLIT = "split.code";
    static final String STAGE_SPLIT = "split.stage";
    static final String LOWER_SPLIT = "split.lower";
    static final String SIDE_SPLIT = "split.main.side.v2";

    private final MainWindowViewModel viewModel;
    private final Visualizer viz;
    private final Runnable closeWindow;
    private final CodeEditorView editor;
    private final CodePaneView codePane;
    private final PlaybackDriver driver;
    private final BorderPane root = new BorderPane();
    private final SplitPane mainSplit = new SplitPane();
    private final TaskBoardView board;
    private final ConsoleView console;
    private final MenuBar menuBar;
    private Node sidePane;

    /** {@code closeWindow} closes the window once the view model has agreed to it. */
    public MainWindowView(MainWindowViewModel viewModel, Visualizer viz, Runnable closeWindow) {
        this.viewModel = viewModel;
        this.viz = viz;
        this.closeWindow = closeWindow;
        this.editor = new CodeEditorView(viewModel.editor());
        EditorViewModel doc = viewModel.editor();
        // Edits that settle before the window shows wait for it (MainWindow runs the program then).
        this.codePane = new CodePaneView(editor, viz.codePane(), () -> {
            if (showing()) {
                viz.session().runIfChanged(doc.getText());
            }
        });
        this.board = new TaskBoardView(viz.board(), viz.motion());
        this.console = new ConsoleView(viz.console());
        this.driver = new PlaybackDriver(viz.playback());
        root.getStyleClass().add(StyleClasses.MAIN_WINDOW);

        NarrationView narration = new NarrationView(viz.narration());
        menuBar = buildMenuBar();
        root.setTop(new VBox(menuBar, narration.node()));

        Settings settings = viewModel.settings();
        InspectorView inspector = new InspectorView(viz.inspector());
        SplitPane lowerLeft = split(Orientation.HORIZONTAL, LOWER_SPLIT, settings, new double[] {0.5},
                console.node(), inspector.node());
        SplitPane codeSplit = split(Orientation.VERTICAL, CODE_SPLIT, settings, new double[] {0.6},
                codePane.node(), lowerLeft);
        SplitPane stageSplit = split(Orientation.VERTICAL, STAGE_SPLIT, settings, new double[] {0.56},
                board.node(), new EventLoopView(viz.loop(), viz.motion()).node());
        mainSplit.setOrientation(Orientation.HORIZONTAL);
        mainSplit.getItems().setAll(codeSplit, stageSplit);
        remember(mainSplit, MAIN_SPLIT, settings, new double[] {0.63});
        root.setCenter(mainSplit);
        root.setBottom(new VBox(new PlaybackBarView(viz.playback(), viz.session()).node(), statusBar()));

        // Zoom scales every size given in em, which is every size in the stylesheets.
        root.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", viewModel.fontSizeProperty().get()),
                viewModel.fontSizeProperty()));
        CodeArea area = editor.area();
        area.caretPositionProperty().addListener((obs, old, now) -> {
            viewModel.caretLineProperty().set(area.getCurrentParagraph() + 1);
            viewModel.caretColumnProperty().set(area.getCaretColumn() + 1);
        });
    }

    private boolean showing() {
        Scene scene = root.getScene();
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
    }

    public Parent root() {
        return root;
    }

    public CodeEditorView editor() {
        return editor;
    }

    public CodePaneView codePane() {
        return codePane;
    }

    public TaskBoardView board() {
        return board;
    }

    public ConsoleView console() {
        return console;
    }

    /** The menu bar, so a feature can add its own menu. */
    public MenuBar menuBar() {
        return menuBar;
    }

    /**
     * Shows {@code pane} at the left of the window (before the code), or removes it when null: the
     * place of the lesson browser. The three columns' widths are remembered apart from the two's.
     */
    public void setSidePane(Node pane) {
        if (sidePane != null) {
            mainSplit.getItems().remove(sidePane);
        }
        sidePane = pane;
        placeSidePane();
    }

    /**
     * Puts the side pane in or out of the window as View > Lesson Pane says. The default widths
     * at 1440 px: lesson text 230, code 765 (70 characters), stage 445 (two columns of task
     * cards); without the lesson, code 905 and stage 535.
     */
    private void placeSidePane() {
        boolean show = sidePane != null && viewModel.sidePaneShownProperty().get();
        if (sidePane != null) {
            mainSplit.getItems().remove(sidePane);
        }
        if (show) {
            mainSplit.getItems().add(0, sidePane);
            remember(mainSplit, SIDE_SPLIT, viewModel.settings(), new double[] {0.16, 0.69});
        } else {
            remember(mainSplit, MAIN_SPLIT, viewModel.settings(), new double[] {0.63});
        }
    }

    /** Releases what outlives the nodes (subscriptions, the playback timer). */
    public void dispose() {
        codePane.dispose();
        driver.dispose();
    }

    /** Key combinations a menu item cannot carry, and the playback keys, caught before any control. */
    public void installExtraAccelerators(Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+EQUALS"), viewModel::zoomIn);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+ADD"), viewModel::zoomIn);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+SUBTRACT"), viewModel::zoomOut);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::playbackKey);
    }

    private void playbackKey(KeyEvent e) {
        PlaybackViewModel p = viz.playback();
        boolean plain = !e.isShiftDown() && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown();
        boolean shift = e.isShiftDown() && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown();
        Runnable action = null;
        if (e.getCode() == KeyCode.F5 && plain) {
            action = p::runOrPause;
        } else if (e.getCode() == KeyCode.F10 && plain) {
            action = p::stepOver;
        } else if (e.getCode() == KeyCode.F10 && shift) {
            action = p::stepBack;
        } else if (e.getCode() == KeyCode.F11 && plain) {
            action = p::stepInto;
        } else if (e.getCode() == KeyCode.F11 && shift) {
            action = p::stepOut;
        } else if (e.getCode() == KeyCode.F9 && plain) {
            action = () -> viz.codePane().toggleBreakpoint(codePane.caretLine());
        } else if (e.isShortcutDown() && !e.isShiftDown() && !editor.area().isFocused()
                && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
            // In the editor Ctrl+Left/Right move by words; elsewhere they step.
            action = e.getCode() == KeyCode.LEFT ? p::stepBack : p::stepForward;
        }
        if (action != null) {
            e.consume();
            action.run();
        }
    }

    private MenuBar buildMenuBar() {
        EditorViewModel doc = viewModel.editor();
        CodeArea area = editor.area();

        Menu file = new Menu("_File", null,
                item("_New", "Shortcut+N", e -> doc.newDocument()),
                item("_Open\u2026", "Shortcut+O", e -> doc.open()),
                new SeparatorMenuItem(),
                item("_Save", "Shortcut+S", e -> doc.save()),
                item("Save _As\u2026", "Shortcut+Shift+S", e -> doc.saveAs()),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", e -> {
                    if (viewModel.requestClose()) {
                        closeWindow.run();
                    }
                }));

        MenuItem undo = item("_Undo", "Shortcut+Z", e -> area.undo());
        undo.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !area.isUndoAvailable(), area.undoAvailableProperty()));
        MenuItem redo = item("_Redo", "Shortcut+Shift+Z", e -> area.redo());
        redo.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !area.isRedoAvailable(), area.redoAvailableProperty()));
        Menu edit = new Menu("_Edit", null,
                undo,
                redo,
                new SeparatorMenuItem(),
                item("Cu_t", "Shortcut+X", e -> area.cut()),
                item("_Copy", "Shortcut+C", e -> area.copy()),
                item("_Paste", "Shortcut+V", e -> area.paste()),
                new SeparatorMenuItem(),
                item("Select _All", "Shortcut+A", e -> area.selectAll()));

        Menu theme = new Menu("_Theme");
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem choice = new RadioMenuItem(t.displayName());
            choice.setToggleGroup(themes);
            choice.setSelected(viewModel.getTheme() == t);
            choice.setOnAction(e -> viewModel.themeProperty().set(t));
            viewModel.themeProperty().addListener((obs, old, now) -> choice.setSelected(now == t));
            theme.getItems().add(choice);
        }
        CheckMenuItem side = new CheckMenuItem("_Lesson Pane");
        side.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        side.selectedProperty().bindBidirectional(viewModel.sidePaneShownProperty());
        viewModel.sidePaneShownProperty().addListener((obs, old, now) -> placeSidePane());
        Menu view = new Menu("_View", null,
                side,
                new SeparatorMenuItem(),
                item("Zoom _In", "Shortcut+EQUALS", e -> viewModel.zoomIn()),
                item("Zoom _Out", "Shortcut+MINUS", e -> viewModel.zoomOut()),
                item("_Actual Size", "Shortcut+0", e -> viewModel.resetZoom()),
                new SeparatorMenuItem(),
                theme);

        PlaybackViewModel p = viz.playback();
        MenuItem stop = item("S_top the Program", null, e -> viz.session().stop());
        stop.disableProperty().bind(viz.session().runningProperty().not());
        Menu run = new Menu("_Run", null,
                shown("_Run / Pause", "F5", e -> p.runOrPause()),
                stop,
                new SeparatorMenuItem(),
                shown("Step _Over", "F10", e -> p.stepOver()),
                shown("Step _Into", "F11", e -> p.stepInto()),
                shown("Step O_ut", "Shift+F11", e -> p.stepOut()),
                shown("Step _Back", "Shift+F10", e -> p.stepBack()),
                item("_Step", null, e -> p.stepForward()),
                new SeparatorMenuItem(),
                shown("Toggle _Breakpoint", "F9", e -> viz.codePane().toggleBreakpoint(codePane.caretLine())),
                item("Rest_art", null, e -> p.restart()),
                item("Go to the _End", null, e -> p.toEnd()));

        return new MenuBar(file, edit, view, run);
    }

    /**
     * The status bar's sentence: the file's state, then how the whole recorded run ended. The run's
     * ending is marked as such ("Whole run: the program finished.") because the narration above
     * speaks of the current step, and at step 1 an unmarked "The program finished." read as a
     * contradiction of "The program starts".
     */
    static String statusText(String file, String run, boolean running) {
        if (!running && !run.isEmpty()) {
            run = "Whole run: " + Character.toLowerCase(run.charAt(0)) + run.substring(1);
        }
        return run.isEmpty() ? file : file.isEmpty() ? run : file + "  \u00b7  " + run;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.getStyleClass().add(StyleClasses.STATUS_BAR);
        bar.textProperty().bind(Bindings.createStringBinding(
                () -> statusText(viewModel.editor().getStatusMessage(), viz.session().getRunMessage(),
                        viz.session().isRunning()),
                viz.session().runMessageProperty(), viz.session().runningProperty(),
                viewModel.editor().statusMessageProperty()));
        Label caret = new Label();
        caret.getStyleClass().add(StyleClasses.CARET_POSITION);
        caret.textProperty().bind(viewModel.caretTextProperty());
        Label zoom = new Label();
        zoom.getStyleClass().add(StyleClasses.ZOOM_LEVEL);
        zoom.textProperty().bind(viewModel.zoomTextProperty());
        bar.getRightItems().setAll(caret, zoom);
        return bar;
    }

    private static SplitPane split(Orientation o, String key, Settings settings, double[] defaults, Node... items) {
        SplitPane s = new SplitPane(items);
        s.setOrientation(o);
        remember(s, key, settings, defaults);
        return s;
    }

    /** Restores the divider positions saved under {@code key} and saves them when they move. */
    private static void remember(SplitPane split, String key, Settings settings, double[] defaults) {
        double[] positions = parse(settings.get(key, null), defaults);
        split.setDividerPositions(positions);
        for (SplitPane.Divider d : split.getDividers()) {
            d.positionProperty().addListener((obs, old, now) -> settings.put(key, format(split.getDividerPositions())));
        }
    }

    static double[] parse(String saved, double[] defaults) {
        if (saved == null) {
            return defaults;
        }
        String[] parts = saved.split(",");
        if (parts.length != defaults.length) {
            return defaults;
        }
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                return defaults;
            }
            if (!(out[i] > 0.02 && out[i] < 0.98)) {
                return defaults;
            }
        }
        return out;
    }

    static String format(double[] positions) {
        List<String> parts = new ArrayList<>();
        for (double p : positions) {
            parts.add(String.format(Locale.ROOT, "%.4f", p));
        }
        return String.join(",", parts);
    }

    private static MenuItem item(String text, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(action);
        return item;
    }

    /** A menu item that shows its key; the key itself is handled by the scene filter. */
    private static MenuItem shown(String text, String accelerator, EventHandler<ActionEvent> action) {
        return item(text, accelerator, action);
    }
}
