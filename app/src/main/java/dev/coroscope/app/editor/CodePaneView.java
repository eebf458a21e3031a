package dev.coroscope.app.editor;

import dev.coroscope.app.theme.Icons;
import dev.coroscope.app.theme.StyleClasses;
import dev.coroscope.app.theme.TaskColors;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;
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
    private final List<Integer> styledParagraphs = new ArrayList<>();
    private final Subscription settled;

    /** {@code onEditsSettled} runs on the FX thread once typing pauses for {@link #RUN_SETTLE}. */
    public CodePaneView(CodeEditorView editor, CodePaneViewModel viewModel, Runnable onEditsSettled) {
        this.editor = editor;
        this.viewModel = viewModel;
        CodeArea area = editor.area();
        area.setParagraphGraphicFactory(new GutterFactory(viewModel, area));

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

    public void dispose() {
        settled.unsubscribe();
        editor.dispose();
    }

    private void restyleLines() {
        CodeArea area = editor.area();
        int paragraphs = area.getParagraphs().size();
        for (int p : styledParagraphs) {
            if (p < paragraphs && !area.getParagraph(p).getParagraphStyle().isEmpty()) {
                area.setParagraphStyle(p, List.of());
            }
        }
        styledParagraphs.clear();
        int exec = viewModel.getExecutingLine() - 1;
        int err = viewModel.getErrorLine() - 1;
        if (exec >= 0 && exec < paragraphs) {
            List<String> style = new ArrayList<>(List.of(StyleClasses.EXECUTING_LINE,
                    TaskColors.styleClass(viewModel.executingColorProperty().get())));
            if (exec == err) {
                style.add(StyleClasses.ERROR_LINE);
            }
            set(area, exec, style);
        }
        if (err >= 0 && err < paragraphs && err != exec) {
            set(area, err, List.of(StyleClasses.ERROR_LINE));
        }
    }

    private void set(CodeArea area, int paragraph, Collection<String> style) {
        area.setParagraphStyle(paragraph, style);
        styledParagraphs.add(paragraph);
    }
}
