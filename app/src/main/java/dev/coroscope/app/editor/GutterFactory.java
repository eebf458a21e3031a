package dev.coroscope.app.editor;

import dev.coroscope.app.theme.Icons;
import dev.coroscope.app.theme.StyleClasses;
import dev.coroscope.app.theme.TaskColors;
import dev.coroscope.engine.trace.TaskState;
import java.util.List;
import java.util.function.IntFunction;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * The code pane's gutter, one node per visible line: the tasks' markers (badges in their colours;
 * the running one stronger), the line number, the breakpoint dot and the executing-line arrow.
 * Clicking a gutter toggles the line's breakpoint.
 *
 * <p>RichTextFX creates gutter nodes as lines scroll into view and drops them as they leave; each
 * node listens to one shared {@code version} counter through a weak listener, so dropped nodes are
 * collected, and the counter changes whenever anything the gutter shows changes.
 */
final class GutterFactory implements IntFunction<Node> {
    private static final PseudoClass SET = PseudoClass.getPseudoClass("set");
    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    /** Most badges a line shows before "+N". */
    static final int MAX_BADGES = 3;

    private final CodePaneViewModel viewModel;
    private final GenericStyledArea<?, ?, ?> area;
    private final IntegerProperty version = new SimpleIntegerProperty();

    GutterFactory(CodePaneViewModel viewModel, GenericStyledArea<?, ?, ?> area) {
        this.viewModel = viewModel;
        this.area = area;
        InvalidationListener bump = o -> version.set(version.get() + 1);
        viewModel.markersProperty().addListener(bump);
        viewModel.executingLineProperty().addListener(bump);
        viewModel.executingColorProperty().addListener(bump);
        viewModel.errorLineProperty().addListener(bump);
        viewModel.breakpoints().addListener((SetChangeListener<Integer>) c -> version.set(version.get() + 1));
    }

    @Override
    public Node apply(int paragraph) {
        return new Gutter(paragraph + 1);
    }

    /** One line's gutter. */
    private final class Gutter extends HBox implements InvalidationListener {
        private final int line;
        private final HBox markers = new HBox();
        private final Label number = new Label();
        private final Region breakpoint = new Region();
        private final Region arrow = Icons.icon(StyleClasses.ICON_RUNNING);
        private final WeakInvalidationListener weak = new WeakInvalidationListener(this);

        Gutter(int line) {
            this.line = line;
            getStyleClass().add(StyleClasses.GUTTER);
            setAlignment(Pos.CENTER_LEFT);
            markers.getStyleClass().add("gutter-markers");
            markers.setAlignment(Pos.CENTER_RIGHT);
            number.getStyleClass().add(StyleClasses.LINE_NUMBER);
            number.setAlignment(Pos.CENTER_RIGHT);
            breakpoint.getStyleClass().add(StyleClasses.BREAKPOINT);
            arrow.getStyleClass().add("executing-arrow");
            getChildren().addAll(markers, number, breakpoint, arrow);
            setOnMouseClicked(e -> viewModel.toggleBreakpoint(line));
            version.addListener(weak);
            invalidated(version);
        }

        @Override
        public void invalidated(Observable o) {
            int digits = Math.max(2, Integer.toString(area.getParagraphs().size()).length());
            number.setText(pad(Integer.toString(line), digits));
            breakpoint.pseudoClassStateChanged(SET, viewModel.breakpoints().contains(line));
            boolean executing = viewModel.getExecutingLine() == line;
            arrow.setVisible(executing);
            arrow.getStyleClass().removeAll(TaskColors.allStyleClasses());
            arrow.getStyleClass().add(TaskColors.styleClass(viewModel.executingColorProperty().get()));
            pseudoClassStateChanged(ERROR, viewModel.getErrorLine() == line);
            showMarkers(viewModel.getMarkers().getOrDefault(line, List.of()));
        }

        private void showMarkers(List<CodePaneViewModel.TaskMarker> list) {
            markers.getChildren().clear();
            int shown = Math.min(list.size(), list.size() > MAX_BADGES ? MAX_BADGES - 1 : MAX_BADGES);
            for (int i = 0; i < shown; i++) {
                CodePaneViewModel.TaskMarker m = list.get(i);
                Label badge = new Label(m.badge());
                badge.getStyleClass().addAll(StyleClasses.TASK_MARKER, TaskColors.styleClass(m.colorIndex()));
                badge.pseudoClassStateChanged(RUNNING, m.state() == TaskState.RUNNING);
                badge.setMinWidth(Region.USE_PREF_SIZE);
                Tooltip.install(badge, new Tooltip(m.task() + " is " + m.state().name().toLowerCase() + " here"));
                markers.getChildren().add(badge);
            }
            if (list.size() > shown) {
                Label more = new Label("+" + (list.size() - shown));
                more.getStyleClass().addAll(StyleClasses.TASK_MARKER, TaskColors.NO_TASK);
                more.setMinWidth(Region.USE_PREF_SIZE);
                markers.getChildren().add(more);
            }
        }
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
