package dev.coroscope.app.board;

import dev.coroscope.app.theme.Motion;
import dev.coroscope.app.theme.StyleClasses;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The task board's nodes: a title with the board's summary and a scrolling {@link CardGrid} of
 * {@link TaskCard}s, one per card model, in task creation order; an empty board says why it is
 * empty, in the middle. A crowded board
 * (more than {@link #COMPACT_ABOVE} tasks) shows compact cards.
 *
 * <p>The card of the task that runs is always in view: when a task starts running and its card
 * is outside the scrolled area, the board scrolls just enough to show it (what runs is what the
 * narration and the code pane talk about; a teacher should not have to scroll to find it). A card
 * in the spotlight ({@link TaskCard#spotlightProperty()}: a lesson's question points at it) comes
 * first.
 */
public final class TaskBoardView {
    /** With more tasks than this, cards show name and state only. */
    public static final int COMPACT_ABOVE = 12;

    private final TaskBoardViewModel viewModel;
    private final Motion motion;
    private final CardGrid flow = new CardGrid();
    private final VBox root;
    private final Map<TaskCardModel, TaskCard> cards = new HashMap<>();
    private final ScrollPane scroll;
    /** The card to keep in view (see {@link #pickRunning}), or null: kept in view at every layout of the grid. */
    private TaskCard running;

    public TaskBoardView(TaskBoardViewModel viewModel, Motion motion) {
        this.viewModel = viewModel;
        this.motion = motion;
        Label title = new Label("Tasks");
        title.getStyleClass().add(StyleClasses.PANEL_TITLE);
        // The panel's name stays whole; a long summary ("101 tasks: 1 running, ...") gives way.
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.getStyleClass().add(StyleClasses.PANEL_NOTE);
        summary.textProperty().bind(viewModel.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, summary);
        header.getStyleClass().add("panel-header");

        flow.getStyleClass().add(StyleClasses.TASK_BOARD);
        scroll = new ScrollPane(flow);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("board-scroll");
        Label empty = new Label();
        empty.getStyleClass().add("board-empty");
        empty.setWrapText(true);
        empty.textProperty().bind(viewModel.emptyNoteProperty());
        empty.visibleProperty().bind(viewModel.emptyNoteProperty().isEmpty().not());
        empty.setMouseTransparent(true);
        StackPane stage = new StackPane(scroll, empty);
        VBox.setVgrow(stage, Priority.ALWAYS);
        root = new VBox(header, stage);
        root.getStyleClass().addAll(StyleClasses.PANEL, "task-board-panel");
        flow.addEventHandler(TaskCardSelectEvent.SELECT, e -> viewModel.select(e.card().model()));

        flow.setAfterLayout(this::revealPending);
        // The view may get shorter after the grid's layout (the summary above it wrapping to a
        // second line): the scroll position is a fraction of the overflow, so the card it showed
        // whole would end below the view. Reveal again against the new height.
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
            if (old.getHeight() != now.getHeight()) {
                revealPending();
            }
        });
        viewModel.cards().addListener((ListChangeListener<TaskCardModel>) c -> sync());
        sync();
    }

    public Node node() {
        return root;
    }

    /** The card showing {@code model}, or null (for tests). */
    public TaskCard card(TaskCardModel model) {
        return cards.get(model);
    }

    private TaskCard newCard(TaskCardModel model) {
        TaskCard card = new TaskCard(model, motion, viewModel::selectCoroutine);
        model.currentProperty().addListener((obs, was, now) -> pickRunning());
        card.spotlightProperty().addListener((obs, was, now) -> pickRunning());
        return card;
    }

    /**
     * The card to keep in view: the first in the spotlight, else the running task's, else a
     * running coroutine's outside any task (a task's card says more: its coroutine runs inside it).
     */
    private void pickRunning() {
        TaskCard pick = null;
        int best = 0;
        for (Node n : flow.getChildren()) {
            if (n instanceof TaskCard c) {
                int rank = c.spotlightProperty().get() ? 3
                        : !c.model().currentProperty().get() ? 0
                        : c.model().coroutineOnly() ? 1 : 2;
                if (rank > best) {
                    best = rank;
                    pick = c;
                }
            }
        }
        if (pick != running) {
            running = pick;
            // The cards' places are known unless a layout is pending (which reveals it anyway):
            // no layout of a hundred cards at every step just to scroll.
            if (!flow.isNeedsLayout()) {
                revealPending();
            }
        }
    }

    /**
     * Scrolls the least that shows the running task's card whole (its top, if it is taller than
     * the view); nothing when it is already in view. Runs after each layout of the grid, because
     * a step that changes cards' heights moves the others; scrolling by hand moves no card, so
     * the board stays where the learner scrolled it until the picture changes.
     */
    private void revealPending() {
        TaskCard card = running;
        if (card == null || card.getParent() != flow) {
            return;
        }
        double content = flow.getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content <= view || view <= 0) {
            return;
        }
        double offset = scroll.getVvalue() * (content - view);
        double top = card.getLayoutY();
        double bottom = top + card.getHeight();
        double target = offset;
        if (top < offset) {
            target = top;
        } else if (bottom > offset + view) {
            target = Math.min(top, bottom - view);
        }
        if (target != offset) {
            scroll.setVvalue(target / (content - view));
        }
    }

    private void sync() {
        List<TaskCardModel> models = viewModel.cards();
        cards.keySet().retainAll(models);
        boolean compact = models.size() > COMPACT_ABOVE;
        List<Node> nodes = new java.util.ArrayList<>(models.size());
        for (TaskCardModel m : models) {
            TaskCard card = cards.computeIfAbsent(m, this::newCard);
            card.compactProperty().set(compact);
            nodes.add(card);
        }
        // Tasks are created in order: usually cards only join at the end (or leave from it, stepping
        // back). Re-adding the cards that stay would make each restyle, so keep the common prefix.
        javafx.collections.ObservableList<Node> shown = flow.getChildren();
        int same = 0;
        while (same < shown.size() && same < nodes.size() && shown.get(same) == nodes.get(same)) {
            same++;
        }
        if (same < shown.size()) {
            shown.remove(same, shown.size());
        }
        if (same < nodes.size()) {
            shown.addAll(nodes.subList(same, nodes.size()));
        }
        pickRunning();
    }
}
