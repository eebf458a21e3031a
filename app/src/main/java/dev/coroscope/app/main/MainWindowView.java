package dev.coroscope.app.main;

import dev.coroscope.app.editor.CodeEditorView;
import dev.coroscope.app.editor.EditorViewModel;
import dev.coroscope.app.theme.StyleClasses;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.StatusBar;
import org.fxmisc.richtext.CodeArea;

/**
 * The main window's nodes: menu bar, code editor and status bar, bound to a {@link
 * MainWindowViewModel}. It holds no state of its own; menu items call view-model commands, or the
 * editor area's own commands for the Edit menu.
 */
public final class MainWindowView {

    private final MainWindowViewModel viewModel;
    private final Runnable closeWindow;
    private final CodeEditorView editor;
    private final BorderPane root = new BorderPane();

    /** {@code closeWindow} closes the window once the view model has agreed to it. */
    public MainWindowView(MainWindowViewModel viewModel, Runnable closeWindow) {
        this.viewModel = viewModel;
        this.closeWindow = closeWindow;
        this.editor = new CodeEditorView(viewModel.editor());
        root.getStyleClass().add(StyleClasses.MAIN_WINDOW);
        root.setTop(menuBar());
        root.setCenter(editor.node());
        root.setBottom(statusBar());
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

    public Parent root() {
        return root;
    }

    public CodeEditorView editor() {
        return editor;
    }

    /** Releases what outlives the nodes (the editor's highlighting subscription). */
    public void dispose() {
        editor.dispose();
    }

    /** Extra key combinations for zooming that a menu item cannot carry (it has one accelerator). */
    public void installExtraAccelerators(Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+EQUALS"), viewModel::zoomIn);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+ADD"), viewModel::zoomIn);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+SUBTRACT"), viewModel::zoomOut);
    }

    private MenuBar menuBar() {
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

        Menu view = new Menu("_View", null,
                item("Zoom _In", "Shortcut+EQUALS", e -> viewModel.zoomIn()),
                item("Zoom _Out", "Shortcut+MINUS", e -> viewModel.zoomOut()),
                item("_Actual Size", "Shortcut+DIGIT0", e -> viewModel.resetZoom()));

        return new MenuBar(file, edit, view);
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.getStyleClass().add(StyleClasses.STATUS_BAR);
        bar.textProperty().bind(viewModel.editor().statusMessageProperty());
        Label caret = new Label();
        caret.getStyleClass().add(StyleClasses.CARET_POSITION);
        caret.textProperty().bind(viewModel.caretTextProperty());
        Label zoom = new Label();
        zoom.getStyleClass().add(StyleClasses.ZOOM_LEVEL);
        zoom.textProperty().bind(viewModel.zoomTextProperty());
        bar.getRightItems().setAll(caret, zoom);
        return bar;
    }

    private static MenuItem item(String text, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(action);
        return item;
    }
}
