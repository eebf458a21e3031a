package dev.coroscope.app.loop;

import dev.coroscope.app.theme.Motion;
import dev.coroscope.app.theme.StyleClasses;
import dev.coroscope.app.theme.TaskColors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.FadeTransition;
import javafx.animation.ScaleTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The event-loop view's nodes: the virtual clock and the iteration counter side by side, the
 * ready queue's conveyor (front on the left), the timer heap in deadline order, and a line saying
 * what the loop is doing. The iteration counter pops when it changes; a timer row fades in when
 * it enters the heap.
 */
public final class EventLoopView {
    private final EventLoopViewModel viewModel;
    private final Motion motion;
    private final VBox root;
    private final VBox heap = new VBox();
    private final Map<Integer, HBox> timerRows = new HashMap<>();
    private final Label heapEmpty = new Label("empty: no timer is waiting");
    private final Label heapMore = new Label();
    private final java.util.ArrayDeque<HBox> rowPool = new java.util.ArrayDeque<>();
    /** Timers listed; the rest are counted (a hundred rows would only be scrolled past). */
    static final int MAX_TIMER_ROWS = 30;

    public EventLoopView(EventLoopViewModel viewModel, Motion motion) {
        this.viewModel = viewModel;
        this.motion = motion;

        Label title = new Label("Event loop");
        title.getStyleClass().add(StyleClasses.PANEL_TITLE);
        Label phase = new Label();
        phase.getStyleClass().add(StyleClasses.PANEL_NOTE);
        phase.textProperty().bind(viewModel.phaseProperty());
        phase.setWrapText(true);
        HBox heading = new HBox(title, phase);
        heading.getStyleClass().add("panel-header");
        title.setMinWidth(Region.USE_PREF_SIZE);

        VirtualClock clock = new VirtualClock(viewModel.timers(), motion);
        clock.timeProperty().bind(viewModel.clockProperty());
        clock.horizonProperty().bind(viewModel.horizonProperty());
        HBox.setHgrow(clock, Priority.ALWAYS);
        Label iterationNumber = new Label();
        iterationNumber.getStyleClass().add("iteration-number");
        iterationNumber.textProperty().bind(viewModel.iterationProperty().asString());
        Label iterationWord = new Label("iteration");
        iterationWord.getStyleClass().add("iteration-word");
        VBox iteration = new VBox(iterationNumber, iterationWord);
        iteration.getStyleClass().add(StyleClasses.LOOP_ITERATION);
        iteration.setMinWidth(Region.USE_PREF_SIZE);
        viewModel.iterationProperty().addListener((obs, old, now) -> pop(iteration));
        HBox top = new HBox(clock, iteration);
        top.getStyleClass().add("loop-top");

        HBox readyHeader = sectionHeader("Ready queue", "front (left) runs next \u00b7 solid: in this iteration");
        ReadyQueueConveyor conveyor = new ReadyQueueConveyor(viewModel.ready(), motion);
        HBox heapHeader = sectionHeader("Timer heap", "earliest deadline first");
        heap.getStyleClass().add(StyleClasses.TIMER_HEAP);
        heapEmpty.getStyleClass().add(StyleClasses.PANEL_NOTE);
        heapMore.getStyleClass().add(StyleClasses.PANEL_NOTE);

        javafx.scene.control.ScrollPane heapScroll = new javafx.scene.control.ScrollPane(heap);
        heapScroll.setFitToWidth(true);
        heapScroll.setMinHeight(0);
        heapScroll.setPrefHeight(Region.USE_COMPUTED_SIZE);
        VBox.setVgrow(heapScroll, Priority.ALWAYS);
        root = new VBox(heading, top, readyHeader, conveyor, heapHeader, heapScroll);
        root.setMinHeight(0);
        root.getStyleClass().addAll(StyleClasses.PANEL, StyleClasses.EVENT_LOOP);
        viewModel.timers().addListener((ListChangeListener<EventLoopViewModel.TimerItem>) c -> syncTimers());
        syncTimers();
    }

    public Node node() {
        return root;
    }

    /** A section's title with a note beside it. */
    private static HBox sectionHeader(String title, String note) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        t.setMinWidth(Region.USE_PREF_SIZE);
        Label n = new Label(note);
        n.getStyleClass().add(StyleClasses.PANEL_NOTE);
        // The legend wraps under a narrow stage or a projector's zoom instead of ending in "...".
        n.setWrapText(true);
        n.setMinWidth(0);
        HBox.setHgrow(n, javafx.scene.layout.Priority.ALWAYS);
        HBox header = new HBox(t, n);
        header.getStyleClass().add("section-header");
        return header;
    }

    private void pop(Node n) {
        if (!motion.animates()) {
            return;
        }
        ScaleTransition s = new ScaleTransition(motion.duration(0.5), n);
        s.setFromX(1.3);
        s.setFromY(1.3);
        s.setToX(1);
        s.setToY(1);
        s.play();
    }

    private void syncTimers() {
        List<Node> rows = new ArrayList<>();
        Map<Integer, HBox> keep = new HashMap<>();
        List<EventLoopViewModel.TimerItem> all = viewModel.timers();
        for (EventLoopViewModel.TimerItem t : all.subList(0, Math.min(all.size(), MAX_TIMER_ROWS))) {
            HBox row = timerRows.get(t.handle());
            boolean fresh = row == null;
            if (fresh) {
                row = rowPool.isEmpty() ? timerRow() : rowPool.pop();
                fillRow(row, t);
                if (motion.animates()) {
                    row.setOpacity(0);
                    FadeTransition f = new FadeTransition(motion.duration(1), row);
                    f.setToValue(1);
                    f.play();
                }
            }
            keep.put(t.handle(), row);
            rows.add(row);
        }
        for (Map.Entry<Integer, HBox> gone : timerRows.entrySet()) {
            if (!keep.containsKey(gone.getKey()) && rowPool.size() < MAX_TIMER_ROWS) {
                gone.getValue().setOpacity(1);
                rowPool.push(gone.getValue());
            }
        }
        timerRows.clear();
        timerRows.putAll(keep);
        if (rows.isEmpty()) {
            rows.add(heapEmpty);
        }
        if (all.size() > MAX_TIMER_ROWS) {
            heapMore.setText("and " + (all.size() - MAX_TIMER_ROWS) + " more, due later");
            rows.add(heapMore);
        }
        // Re-adding a row that stays would make it restyle: only change what changed.
        if (!rows.equals(heap.getChildren())) {
            heap.getChildren().retainAll(rows);
            for (int i = 0; i < rows.size(); i++) {
                Node row = rows.get(i);
                if (i >= heap.getChildren().size() || heap.getChildren().get(i) != row) {
                    heap.getChildren().remove(row);
                    heap.getChildren().add(i, row);
                }
            }
        }
    }

    private static HBox timerRow() {
        Label badge = new Label();
        badge.getStyleClass().add(StyleClasses.TASK_BADGE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label when = new Label();
        when.getStyleClass().add("timer-when");
        when.setMinWidth(Region.USE_PREF_SIZE);
        Label what = new Label();
        what.getStyleClass().add("timer-what");
        HBox row = new HBox(badge, when, what);
        row.getStyleClass().addAll(StyleClasses.TIMER_ROW, TaskColors.NO_TASK);
        return row;
    }

    /** Shows timer {@code t} in a (new or reused) row; reused rows spare the CSS work of new nodes. */
    private static void fillRow(HBox row, EventLoopViewModel.TimerItem t) {
        Label badge = (Label) row.getChildren().get(0);
        badge.setText(TaskColors.badge(t.task()));
        badge.setVisible(t.task() != null);
        ((Label) row.getChildren().get(1)).setText("when " + EventLoopViewModel.seconds(t.when()));
        ((Label) row.getChildren().get(2)).setText(t.label());
        TaskColors.apply(row, t.colorIndex());
    }
}
