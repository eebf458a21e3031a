package dev.coroscope.app.console;

import dev.coroscope.app.theme.StyleClasses;
import dev.coroscope.engine.trace.StdStream;
import java.util.Collection;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The console's nodes: a read-only text area showing stdout and stderr as of the current step,
 * stderr in its own style, scrolled to the end. Moving forward usually only adds text, which is
 * appended; any other change replaces the text.
 */
public final class ConsoleView {
    private final ConsoleViewModel viewModel;
    private final StyleClassedTextArea area = new StyleClassedTextArea(false);
    private final VBox root;
    private List<ConsoleViewModel.Run> shown = List.of();

    public ConsoleView(ConsoleViewModel viewModel) {
        this.viewModel = viewModel;
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add(StyleClasses.CONSOLE);
        Label title = new Label("Console");
        title.getStyleClass().add(StyleClasses.PANEL_TITLE);
        Label cut = new Label("Earlier output is not shown: only the last "
                + String.format("%,d", ConsoleViewModel.MAX_CHARS) + " characters are kept.");
        cut.getStyleClass().add(StyleClasses.PANEL_NOTE);
        cut.visibleProperty().bind(viewModel.truncatedProperty());
        cut.managedProperty().bind(cut.visibleProperty());
        Label empty = new Label("Nothing printed yet at this step.");
        empty.getStyleClass().add(StyleClasses.PANEL_NOTE);
        empty.visibleProperty().bind(viewModel.emptyProperty());
        empty.managedProperty().bind(empty.visibleProperty());
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(title, cut, empty, scroll);
        root.getStyleClass().addAll(StyleClasses.PANEL, "console-panel");
        viewModel.runsProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.getRuns());
    }

    public Node node() {
        return root;
    }

    /** The text area (for tests). */
    public StyleClassedTextArea area() {
        return area;
    }

    private void show(List<ConsoleViewModel.Run> runs) {
        if (extendsShown(shown, runs)) {
            appendFrom(runs, shown.size() - 1, shown.isEmpty() ? 0 : shown.get(shown.size() - 1).text().length());
        } else {
            area.clear();
            appendFrom(runs, 0, 0);
        }
        shown = runs;
        area.moveTo(area.getLength());
        area.requestFollowCaret();
    }

    /** Appends the runs from index {@code first} (skipping {@code skip} chars of it, already shown). */
    private void appendFrom(List<ConsoleViewModel.Run> runs, int first, int skip) {
        StringBuilder text = new StringBuilder();
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        for (int i = Math.max(first, 0); i < runs.size(); i++) {
            ConsoleViewModel.Run r = runs.get(i);
            String t = i == first ? r.text().substring(skip) : r.text();
            if (t.isEmpty()) {
                continue;
            }
            text.append(t);
            spans.add(List.of(r.stream() == StdStream.STDERR ? StyleClasses.CONSOLE_STDERR : StyleClasses.CONSOLE_STDOUT),
                    t.length());
        }
        if (text.length() == 0) {
            return;
        }
        int at = area.getLength();
        area.appendText(text.toString());
        StyleSpans<Collection<String>> built = spans.create();
        area.setStyleSpans(at, built);
    }

    /** True if {@code now} is {@code before} with text added at the end. */
    private static boolean extendsShown(List<ConsoleViewModel.Run> before, List<ConsoleViewModel.Run> now) {
        if (before.isEmpty() || now.size() < before.size()) {
            return false;
        }
        for (int i = 0; i < before.size() - 1; i++) {
            if (!before.get(i).equals(now.get(i))) {
                return false;
            }
        }
        ConsoleViewModel.Run last = before.get(before.size() - 1);
        ConsoleViewModel.Run same = now.get(before.size() - 1);
        return last.stream() == same.stream() && same.text().startsWith(last.text());
    }
}
