package dev.coroscope.app.inspector;

import dev.coroscope.app.theme.StyleClasses;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The inspector's nodes: what is inspected, a button back to following the running task, the
 * expressions with their values under them (monospaced, as Python prints them), and the frames of
 * the task.
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
     * Each expression on its line, its value under it: long reprs wrap however narrow the panel is.
     * Row nodes are reused (playing changes the values at every step; new nodes would cost CSS work).
     */
    private void showRows() {
        List<InspectorViewModel.Row> rows = viewModel.rows();
        while (grid.getChildren().size() > rows.size()) {
            grid.getChildren().remove(grid.getChildren().size() - 1);
        }
        while (grid.getChildren().size() < rows.size()) {
            Label expr = new Label();
            expr.getStyleClass().add(StyleClasses.INSPECTOR_EXPR);
            Label value = new Label();
            value.getStyleClass().add(StyleClasses.INSPECTOR_VALUE);
            value.setWrapText(true);
            VBox pair = new VBox(expr, value);
            pair.getStyleClass().add("inspector-row");
            grid.getChildren().add(pair);
        }
        for (int i = 0; i < rows.size(); i++) {
            VBox pair = (VBox) grid.getChildren().get(i);
            ((Label) pair.getChildren().get(0)).setText(rows.get(i).expression());
            ((Label) pair.getChildren().get(1)).setText(rows.get(i).value());
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
