package dev.coroscope.app.editor;

import dev.coroscope.app.theme.StyleClasses;
import java.time.Duration;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.model.TwoDimensional.Position;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.reactfx.Subscription;

/**
 * The code editor's view: a RichTextFX {@code CodeArea} with line numbers, a current-line
 * highlight, Python highlighting and Python indentation keys, kept in step with an {@link
 * EditorViewModel}.
 *
 * <p>Edits flow to the view model's text as they happen; a document loaded by the view model
 * replaces the area's content and clears its undo history. Highlighting is recomputed from the
 * whole text by {@link PythonHighlighter} once edits have settled for {@link #SETTLE}.
 */
public final class CodeEditorView {

    /** How long typing must pause before the highlighting is recomputed. */
    public static final Duration SETTLE = Duration.ofMillis(80);

    private final EditorViewModel viewModel;
    private final PythonCodeArea area = new PythonCodeArea();
    private final VirtualizedScrollPane<CodeArea> node = new VirtualizedScrollPane<>(area);
    private final Subscription highlighting;
    /** True while the view writes a loaded document into the area, so that write is not echoed back. */
    private boolean loading;

    public CodeEditorView(EditorViewModel viewModel) {
        this.viewModel = viewModel;
        area.getStyleClass().add(StyleClasses.CODE_EDITOR);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        showLoadedDocument();

        area.textProperty().addListener((obs, old, text) -> {
            if (!loading) {
                viewModel.setText(text);
            }
        });
        viewModel.documentLoadedProperty().addListener((obs, old, count) -> showLoadedDocument());
        highlighting = area.multiPlainChanges()
                .successionEnds(SETTLE)
                .subscribe(changes -> restyle());

        Nodes.addInputMap(area, InputMap.sequence(
                InputMap.consume(EventPattern.keyPressed(KeyCode.ENTER), e -> insertLineBreak()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.TAB), e -> indent()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.TAB, KeyCombination.SHIFT_DOWN), e -> dedent())));
    }

    /** The node to place in a layout. */
    public Node node() {
        return node;
    }

    /** The text area itself, for the Edit menu's commands and for the status bar's caret position. */
    public CodeArea area() {
        return area;
    }

    /** Stops recomputing the highlighting; call when the view is discarded. */
    public void dispose() {
        highlighting.unsubscribe();
    }

    private void showLoadedDocument() {
        loading = true;
        try {
            area.replaceText(viewModel.getText());
        } finally {
            loading = false;
        }
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.requestFollowCaret();
        restyle();
    }

    private void restyle() {
        area.setStyleSpans(0, PythonHighlighter.styleSpans(area.getText()));
    }

    private void insertLineBreak() {
        String line = area.getParagraph(area.getCurrentParagraph()).getText();
        String beforeCaret = line.substring(0, Math.min(area.getCaretColumn(), line.length()));
        area.replaceSelection(Indentation.lineBreak(beforeCaret));
        area.requestFollowCaret();
    }

    /** Tab: four spaces at the caret, or one more level on every selected line. */
    private void indent() {
        if (selectionSpansLines()) {
            reindentSelectedLines(line -> line.isEmpty() ? line : Indentation.UNIT + line);
        } else {
            area.replaceSelection(Indentation.UNIT);
        }
    }

    /** Shift+Tab: one level less on the current line, or on every selected line. */
    private void dedent() {
        reindentSelectedLines(line -> line.substring(Indentation.dedentWidth(line)));
    }

    private boolean selectionSpansLines() {
        return area.getSelection().getLength() > 0
                && area.getText(area.getSelection()).indexOf('\n') >= 0;
    }

    private void reindentSelectedLines(UnaryOperator<String> change) {
        IndexRange selection = area.getSelection();
        int firstLine = area.offsetToPosition(selection.getStart(), Bias.Forward).getMajor();
        Position end = area.offsetToPosition(selection.getEnd(), Bias.Backward);
        int lastLine = end.getMajor();
        if (lastLine > firstLine && end.getMinor() == 0) {
            lastLine--;
        }
        int from = area.getAbsolutePosition(firstLine, 0);
        int to = area.getAbsolutePosition(lastLine, area.getParagraphLength(lastLine));
        String[] lines = area.getText(from, to).split("\n", -1);
        StringBuilder changed = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                changed.append('\n');
            }
            changed.append(change.apply(lines[i]));
        }
        int caretColumn = area.getCaretColumn();
        area.replaceText(from, to, changed.toString());
        if (selection.getLength() == 0) {
            // One line, no selection: the caret stays on the same character.
            int shift = (to - from) - changed.length();
            area.moveTo(firstLine, Math.max(0, caretColumn - shift));
        } else {
            area.selectRange(from, from + changed.length());
        }
    }
}
