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
import javafx.scene.layout.StackPane;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * The code pane's gutter, one node per visible line: the tasks' markers (badges in their colours;
 * the running one stronger), the line number, and in one cell the breakpoint dot with the
 * executing-line arrow over it.
 * Clicking a gutter toggles the line's breakpoint.
 *
 * <p>RichTextFX creates gutter nodes as lines scroll into view and drops them as they leave; each
 * node listens to one shared {@code version} counter through a weak listener, so dropped nodes are
 * collected, and the counter changes whenever anything the gutter shows changes. A gutter redraws
 * only when what its own line shows changed, and keeps a fixed width, so stepping never makes the
 * editor lay its lines out again.
 */
final class GutterFactory implements IntFunction<Node> {
    private static final PseudoClass SET = PseudoClass.getPseudoClass("set");
    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    /** The marker column for two three-letter badges: inline, so it overrides the stylesheet's 2.4em. */
    private static final String WIDE_MARKERS = "-fx-min-width: 3.6em; -fx-pref-width: 3.6em;";
    /** Most badges a line shows before "+N". */
    static final int MAX_BADGES = 2;

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
        viewModel.badgeCharsProperty().addListener(bump);
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
        /** The breakpoint dot and the executing arrow share one cell: every pixel here is taken from the code. */
        private final StackPane mark = new StackPane(breakpoint, arrow);
        private final WeakInvalidationListener weak = new WeakInvalidationListener(this);
        /** Made when the pointer first rests on the markers: a tooltip is a window, too dear for every line. */
        private Tooltip tooltip;
        private String tip = "";
        /** What the gutter shows now, to skip changes on other lines. */
        private Object shown;

        Gutter(int line) {
            this.line = line;
            getStyleClass().add(StyleClasses.GUTTER);
            setAlignment(Pos.CENTER_LEFT);
            markers.getStyleClass().add("gutter-markers");
            markers.setAlignment(Pos.CENTER_RIGHT);
            markers.setMinWidth(Region.USE_PREF_SIZE);
            markers.setMaxWidth(Region.USE_PREF_SIZE);
            number.getStyleClass().add(StyleClasses.LINE_NUMBER);
            number.setAlignment(Pos.CENTER_RIGHT);
            breakpoint.getStyleClass().add(StyleClasses.BREAKPOINT);
            arrow.getStyleClass().add("executing-arrow");
            arrow.setVisible(false);
            mark.getStyleClass().add("gutter-mark");
            getChildren().addAll(markers, number, mark);
            setOnMouseClicked(e -> viewModel.toggleBreakpoint(line));
            markers.setOnMouseEntered(e -> {
                if (tooltip == null) {
                    tooltip = new Tooltip();
                    Tooltip.install(markers, tooltip);
                }
                tooltip.setText(tip);
            });
            version.addListener(weak);
            invalidated(version);
        }

        @Override
        public void invalidated(Observable o) {
            // Every gutter hears every change; only a change on its own line costs anything.
            int digits = Math.max(2, Integer.toString(area.getParagraphs().size()).length());
            boolean executing = viewModel.getExecutingLine() == line;
            int colour = executing ? viewModel.executingColorProperty().get() : -2;
            List<CodePaneViewModel.TaskMarker> list = viewModel.getMarkers().getOrDefault(line, List.of());
            int badgeChars = viewModel.badgeCharsProperty().get();
            Object signature = List.of(digits, viewModel.breakpoints().contains(line), colour,
                    viewModel.getErrorLine() == line, list, badgeChars);
            if (signature.equals(shown)) {
                return;
            }
            shown = signature;
            number.setText(pad(Integer.toString(line), digits));
            // Two badges of up to two characters ("12 13", "5 +61") fit the stylesheet's width; named
            // tasks' three-letter badges ("ann bob") need more, for the whole run (see badgeChars).
            markers.setStyle(badgeChars > 2 ? WIDE_MARKERS : "");
            breakpoint.pseudoClassStateChanged(SET, viewModel.breakpoints().contains(line));
            arrow.setVisible(executing);
            if (executing) {
                setColour(arrow, colour);
            }
            pseudoClassStateChanged(ERROR, viewModel.getErrorLine() == line);
            showMarkers(list);
        }

        /** Shows up to {@link #MAX_BADGES} badges (the last one "+N" when there are more), reusing labels. */
        private void showMarkers(List<CodePaneViewModel.TaskMarker> list) {
            int badges = list.size() > MAX_BADGES ? MAX_BADGES : list.size();
            while (markers.getChildren().size() > badges) {
                markers.getChildren().remove(markers.getChildren().size() - 1);
            }
            while (markers.getChildren().size() < badges) {
                Label badge = new Label();
                badge.getStyleClass().add(StyleClasses.TASK_MARKER);
                badge.setMinWidth(Region.USE_PREF_SIZE);
                markers.getChildren().add(badge);
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < badges; i++) {
                Label badge = (Label) markers.getChildren().get(i);
                boolean more = list.size() > MAX_BADGES && i == badges - 1;
                CodePaneViewModel.TaskMarker m = list.get(i);
                badge.setText(more ? "+" + (list.size() - i) : m.badge());
                setColour(badge, more ? -1 : m.colorIndex());
                badge.pseudoClassStateChanged(RUNNING, !more && m.state() == TaskState.RUNNING);
            }
            for (CodePaneViewModel.TaskMarker m : list) {
                text.append(text.length() == 0 ? "" : "\n").append(m.task()).append(" is ")
                        .append(m.state().name().toLowerCase()).append(" here");
            }
            tip = text.toString();
            if (tooltip != null) {
                tooltip.setText(tip);
            }
        }
    }

    private static void setColour(Node node, int colorIndex) {
        TaskColors.apply(node, colorIndex);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
