package dev.coroscope.app.inspector;

import dev.coroscope.app.theme.StyleClasses;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The inspector's nodes: what is inspected, a button back to following the running task, the
 * expressions with their values (beside them when they fit, else under them; monospaced, as Python
 * prints them), and the frames of the task.
 */
public final class InspectorView {
    private final InspectorViewModel viewModel;
    private final VBox grid = new VBox();
    private final VBox frames = new VBox();
    private final Label noFrame = new Label("no live frame");
    private final VBox root;

    public InspectorView(InspectorViewModel viewModel) {
        this.viewModel = viewModel;
        Label title = new Label("Inspector");
        title.getStyleClass().add(StyleClasses.PANEL_TITLE);
        Label what = new Label();
        what.getStyleClass().add("inspector-subject");
        what.textProperty().bind(viewModel.titleProperty());
        what.setWrapText(true);
        Button follow = new Button("Follow the running task");
        follow.getStyleClass().add("follow-button");
        follow.setOnAction(e -> viewModel.follow());
        follow.visibleProperty().bind(viewModel.followingProperty().not());
        follow.managedProperty().bind(follow.visibleProperty());
        follow.setFocusTraversable(false);

        grid.getStyleClass().add("inspector-grid");
        Label framesTitle = new Label("Frames (outermost first)");
        framesTitle.getStyleClass().add("section-title");
        frames.getStyleClass().add("inspector-frames");
        noFrame.getStyleClass().add(StyleClasses.PANEL_NOTE);
        frames.getChildren().add(noFrame);
        VBox content = new VBox(what, follow, grid, framesTitle, frames);
        content.getStyleClass().add("inspector-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(title, scroll);
        root.getStyleClass().addAll(StyleClasses.PANEL, StyleClasses.INSPECTOR);

        viewModel.rows().addListener((ListChangeListener<InspectorViewModel.Row>) c -> showRows());
        viewModel.frames().addListener((ListChangeListener<InspectorViewModel.FrameRow>) c -> showFrames());
        showRows();
        showFrames();
    }

    public Node node() {
        return root;
    }

    /**
     * Each expression with its value beside it when both fit on a line, else the value under it
     * (long reprs wrap however narrow the panel is). Row nodes are reused (playing changes the
     * values at every step; new nodes would cost CSS work).
     */
    private void showRows() {
        List<InspectorViewModel.Row> rows = viewModel.rows();
        while (grid.getChildren().size() > rows.size()) {
            grid.getChildren().remove(grid.getChildren().size() - 1);
        }
        while (grid.getChildren().size() < rows.size()) {
            grid.getChildren().add(new RowPane());
        }
        for (int i = 0; i < rows.size(); i++) {
            RowPane row = (RowPane) grid.getChildren().get(i);
            row.expr.setText(rows.get(i).expression());
            row.value.setText(rows.get(i).value());
        }
    }

    /**
     * One expression and its value: side by side when both fit the width, else the value on the
     * lines under the expression, indented and wrapping. Side by side, a narrow inspector shows
     * twice the rows without scrolling.
     */
    private static final class RowPane extends Region {
        final Label expr = new Label();
        final Label value = new Label();

        RowPane() {
            expr.getStyleClass().add(StyleClasses.INSPECTOR_EXPR);
            value.getStyleClass().add(StyleClasses.INSPECTOR_VALUE);
            value.setWrapText(true);
            getStyleClass().add("inspector-row");
            getChildren().addAll(expr, value);
        }

        private double gap() {
            return Math.ceil(expr.getFont().getSize() * 0.8);
        }

        private boolean oneLine(double width) {
            return expr.prefWidth(-1) + gap() + value.prefWidth(-1) <= width;
        }

        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        @Override
        protected double computeMinWidth(double height) {
            // Never wider than the panel: a long expression ends in an ellipsis rather than
            // making the whole inspector scroll sideways.
            return snappedLeftInset() + snappedRightInset();
        }

        @Override
        protected double computePrefWidth(double height) {
            return snappedLeftInset() + snappedRightInset() + expr.prefWidth(-1) + gap() + value.prefWidth(-1);
        }

        @Override
        protected double computePrefHeight(double width) {
            double inner = (width < 0 ? computePrefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
            double h = oneLine(inner)
                    ? Math.max(expr.prefHeight(-1), value.prefHeight(-1))
                    : expr.prefHeight(-1) + value.prefHeight(Math.max(1, inner - gap()));
            return snappedTopInset() + snappedBottomInset() + h;
        }

        @Override
        protected void layoutChildren() {
            double x = snappedLeftInset();
            double y = snappedTopInset();
            double inner = getWidth() - x - snappedRightInset();
            double exprW = expr.prefWidth(-1);
            double exprH = expr.prefHeight(-1);
            expr.resizeRelocate(x, y, Math.min(exprW, inner), exprH);
            if (oneLine(inner)) {
                double valueW = inner - exprW - gap();
                value.resizeRelocate(x + exprW + gap(), y, valueW, value.prefHeight(valueW));
            } else {
                double valueW = Math.max(1, inner - gap());
                value.resizeRelocate(x + gap(), y + exprH, valueW, value.prefHeight(valueW));
            }
        }
    }

    /** The frames, reusing their nodes as the rows do. */
    private void showFrames() {
        List<InspectorViewModel.FrameRow> rows = viewModel.frames();
        noFrame.setVisible(rows.isEmpty());
        noFrame.setManaged(rows.isEmpty());
        List<Node> boxes = frames.getChildren();
        // The first child is the "no live frame" note.
        while (boxes.size() - 1 > rows.size()) {
            boxes.remove(boxes.size() - 1);
        }
        while (boxes.size() - 1 < rows.size()) {
            Label head = new Label();
            head.getStyleClass().add("frame-head");
            Label locals = new Label();
            locals.getStyleClass().add(StyleClasses.INSPECTOR_VALUE);
            locals.setWrapText(true);
            VBox box = new VBox(head, locals);
            box.getStyleClass().add("frame-box");
            boxes.add(box);
        }
        for (int i = 0; i < rows.size(); i++) {
            InspectorViewModel.FrameRow f = rows.get(i);
            VBox box = (VBox) boxes.get(i + 1);
            ((Label) box.getChildren().get(0)).setText(f.code() + "  line " + f.line());
            ((Label) box.getChildren().get(1)).setText(f.locals().isEmpty() ? "(no locals)" : f.locals());
        }
    }
}
