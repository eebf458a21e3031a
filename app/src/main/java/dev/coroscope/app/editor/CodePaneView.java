package dev.coroscope.app.editor;

import dev.coroscope.app.theme.Icons;
import dev.coroscope.app.theme.StyleClasses;
import java.time.Duration;
import java.util.Collection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.SelectionImpl;
import org.reactfx.Subscription;

/**
 * The code pane: the editor ({@link CodeEditorView}) with the visualizer's marks on it: the gutter
 * ({@link GutterFactory}: task markers, line numbers, breakpoints, the executing-line arrow), the
 * executing line and the error line highlighted, and a banner under the code with the program's
 * error in CPython's words. It reports when edits have settled, so the program can run again.
 */
public final class CodePaneView {
    /** How long typing must pause before the program runs again. */
    public static final Duration RUN_SETTLE = Duration.ofMillis(400);

    private final CodeEditorView editor;
    private final CodePaneViewModel viewModel;
    private final VBox root;
    private final SelectionImpl<Collection<String>, String, Collection<String>> executingSelection;
    private final SelectionImpl<Collection<String>, String, Collection<String>> errorSelection;
    private final Subscription settled;

    /** {@code onEditsSettled} runs on the FX thread once typing pauses for {@link #RUN_SETTLE}. */
    public CodePaneView(CodeEditorView editor, CodePaneViewModel viewModel, Runnable onEditsSettled) {
        this.editor = editor;
        this.viewModel = viewModel;
        CodeArea area = editor.area();
        area.setParagraphGraphicFactory(new GutterFactory(viewModel, area));
        // Highlights drawn as extra selections, not paragraph styles: restyling a paragraph makes
        // RichTextFX rebuild its cell, which at full playback speed costs a frame.
        executingSelection = new SelectionImpl<>("executing", area,
                path -> path.getStyleClass().add(StyleClasses.EXECUTING_LINE));
        errorSelection = new SelectionImpl<>("error", area, path -> path.getStyleClass().add(StyleClasses.ERROR_LINE));
        area.addSelection(errorSelection);
        area.addSelection(executingSelection);

        Label errorText = new Label();
        errorText.getStyleClass().add("error-text");
        errorText.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> (viewModel.getErrorLine() > 0 ? "line " + viewModel.getErrorLine() + ": " : "")
                        + viewModel.getErrorText(), viewModel.errorTextProperty(), viewModel.errorLineProperty()));
        errorText.setWrapText(true);
        HBox banner = new HBox(Icons.icon(StyleClasses.ICON_ERROR), errorText);
        banner.getStyleClass().add(StyleClasses.ERROR_BANNER);
        banner.visibleProperty().bind(viewModel.errorTextProperty().isEmpty().not());
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setOnMouseClicked(e -> {
            int line = viewModel.getErrorLine();
            if (line > 0 && line <= area.getParagraphs().size()) {
                area.moveTo(line - 1, 0);
                area.requestFollowCaret();
                area.requestFocus();
            }
        });
        Node code = editor.node();
        VBox.setVgrow(code, Priority.ALWAYS);
        root = new VBox(code, banner);
        root.getStyleClass().add("code-pane");

        viewModel.executingLineProperty().addListener((obs, old, now) -> restyleLines());
        viewModel.executingColorProperty().addListener((obs, old, now) -> restyleLines());
        viewModel.errorLineProperty().addListener((obs, old, now) -> restyleLines());
        // Paragraph styles belong to paragraphs: after an edit moves lines, they are set again.
        settled = area.multiPlainChanges().successionEnds(RUN_SETTLE).subscribe(changes -> onEditsSettled.run());
        area.multiPlainChanges().subscribe(changes -> javafx.application.Platform.runLater(this::restyleLines));
        restyleLines();
    }

    public Node node() {
        return root;
    }

    public CodeEditorView editor() {
        return editor;
    }

    /** The 1-based line of the caret. */
    public int caretLine() {
        return editor.area().getCurrentParagraph() + 1;
    }

    /** The 1-based line the executing-line highlight covers, or -1 (for tests). */
    public int highlightedExecutingLine() {
        return executingSelection.getLength() == 0 ? -1 : executingSelection.getStartParagraphIndex() + 1;
    }

    /** The 1-based line the error highlight covers, or -1 (for tests). */
    public int highlightedErrorLine() {
        return errorSelection.getLength() == 0 ? -1 : errorSelection.getStartParagraphIndex() + 1;
    }

    public void dispose() {
        settled.unsubscribe();
        editor.dispose();
    }

    private void restyleLines() {
        CodeArea area = editor.area();
        highlight(area, executingSelection, viewModel.getExecutingLine());
        highlight(area, errorSelection, viewModel.getErrorLine());
    }

    /** Selects the whole of {@code line} (1-based), its line break included so the fill spans the width; -1 clears. */
    private static void highlight(CodeArea area, SelectionImpl<?, ?, ?> selection, int line) {
        int paragraphs = area.getParagraphs().size();
        if (line < 1 || line > paragraphs) {
            selection.selectRange(0, 0);
            return;
        }
        int start = area.getAbsolutePosition(line - 1, 0);
        int end = line < paragraphs ? area.getAbsolutePosition(line, 0) : area.getLength();
        selection.selectRange(start, end);
    }
}
