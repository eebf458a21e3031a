package dev.coroscope.app.loop;

import dev.coroscope.app.theme.StyleClasses;
import dev.coroscope.app.theme.TaskColors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.FadeTransition;
import javafx.animation.ParallelTransition;
import javafx.animation.TranslateTransition;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * Draws the conveyor: chips placed side by side from the front (left), and the motion between two
 * pictures. Chips are matched by handle id, so a handle that stays keeps its chip and only moves.
 * Positions are kept in {@code translateX} (the layout never moves a chip by itself), which the
 * transitions animate.
 */
final class ReadyQueueConveyorSkin extends SkinBase<ReadyQueueConveyor> {
    private static final PseudoClass THIS_ITERATION = PseudoClass.getPseudoClass("this-iteration");

    private final Pane belt = new Pane();
    private final Label empty = new Label("empty: nothing is ready to run");
    private final Label more = new Label();
    /** Most chips drawn; a longer queue shows "+N more" at the end. */
    static final int MAX_CHIPS = 24;
    private final Map<Integer, HBox> chips = new LinkedHashMap<>();
    private final Set<HBox> leaving = new HashSet<>();
    private final java.util.ArrayDeque<HBox> pool = new java.util.ArrayDeque<>();
    /** True when the last change slid the chips; otherwise layout places them (after CSS sized them). */
    private boolean animated;

    ReadyQueueConveyorSkin(ReadyQueueConveyor control) {
        super(control);
        belt.getStyleClass().add("conveyor-belt");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(belt.widthProperty());
        clip.heightProperty().bind(belt.heightProperty());
        belt.setClip(clip);
        empty.getStyleClass().add(StyleClasses.PANEL_NOTE);
        empty.setManaged(false);
        more.getStyleClass().add(StyleClasses.PANEL_NOTE);
        more.setManaged(false);
        more.setVisible(false);
        belt.getChildren().addAll(empty, more);
        getChildren().add(belt);
        control.items().addListener((ListChangeListener<EventLoopViewModel.HandleItem>) c -> sync(true));
        belt.widthProperty().addListener((obs, old, now) -> sync(false));
        sync(false);
    }

    private void sync(boolean animate) {
        List<EventLoopViewModel.HandleItem> all = getSkinnable().items();
        // Chips beyond the belt's end would never be seen; they are counted instead.
        List<EventLoopViewModel.HandleItem> items = all.subList(0, Math.min(all.size(), MAX_CHIPS));
        boolean motion = animate && getSkinnable().motion().animates();
        Duration d = getSkinnable().motion().duration(1);
        Set<Integer> present = new HashSet<>();
        for (EventLoopViewModel.HandleItem i : items) {
            present.add(i.handle());
        }
        // Chips whose handle left the queue slide out at the front.
        List<Integer> gone = new ArrayList<>();
        for (Map.Entry<Integer, HBox> e : chips.entrySet()) {
            if (!present.contains(e.getKey())) {
                gone.add(e.getKey());
            }
        }
        for (Integer id : gone) {
            HBox chip = chips.remove(id);
            if (motion) {
                leaving.add(chip);
                TranslateTransition out = new TranslateTransition(d, chip);
                out.setToX(-chip.getWidth() - gap());
                FadeTransition fade = new FadeTransition(d, chip);
                fade.setToValue(0);
                ParallelTransition both = new ParallelTransition(out, fade);
                both.setOnFinished(e -> {
                    belt.getChildren().remove(chip);
                    leaving.remove(chip);
                    recycle(chip);
                });
                both.play();
            } else {
                belt.getChildren().remove(chip);
                recycle(chip);
            }
        }
        double x = gap();
        double beltWidth = Math.max(belt.getWidth(), 200);
        Map<Integer, HBox> ordered = new LinkedHashMap<>();
        for (EventLoopViewModel.HandleItem item : items) {
            HBox chip = chips.get(item.handle());
            boolean fresh = chip == null;
            if (fresh) {
                chip = pool.isEmpty() ? chip() : pool.pop();
                fill(chip, item);
                belt.getChildren().add(chip);
                if (motion) {
                    // Its width must be known now to slide it to its place; without motion the
                    // ordinary CSS and layout pass sizes it.
                    chip.applyCss();
                    chip.autosize();
                }
            }
            update(chip, item);
            double target = x;
            if (fresh) {
                chip.setTranslateX(motion ? Math.max(beltWidth, target + chip.prefWidth(-1) * 2) : target);
                chip.setOpacity(motion ? 0 : 1);
            }
            if (motion && chip.getTranslateX() != target) {
                TranslateTransition move = new TranslateTransition(d, chip);
                move.setToX(target);
                move.play();
                if (fresh) {
                    FadeTransition fade = new FadeTransition(d, chip);
                    fade.setToValue(1);
                    fade.play();
                }
            } else if (!motion) {
                chip.setTranslateX(target);
                chip.setOpacity(1);
            }
            ordered.put(item.handle(), chip);
            x += chip.prefWidth(-1) + gap();
        }
        chips.clear();
        chips.putAll(ordered);
        animated = motion;
        more.setVisible(all.size() > items.size());
        if (more.isVisible()) {
            more.setText("+" + (all.size() - items.size()) + " more");
            more.resize(more.prefWidth(-1), more.prefHeight(-1));
            more.relocate(x, Math.max(0, (belt.getHeight() - more.getHeight()) / 2));
        }
        empty.setVisible(all.isEmpty());
        getSkinnable().requestLayout();
        empty.relocate(gap(), 0);
        empty.resize(empty.prefWidth(-1), Math.max(belt.getHeight(), empty.prefHeight(-1)));
    }

    private double gap() {
        return belt.getHeight() > 0 ? Math.max(6, belt.getHeight() * 0.12) : 8;
    }

    private static HBox chip() {
        Label badge = new Label();
        badge.getStyleClass().add(StyleClasses.TASK_BADGE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label();
        text.setMinWidth(Region.USE_PREF_SIZE);
        HBox chip = new HBox(badge, text);
        chip.getStyleClass().add(StyleClasses.HANDLE_CHIP);
        chip.setManaged(false);
        return chip;
    }

    private static void fill(HBox chip, EventLoopViewModel.HandleItem item) {
        Label badge = (Label) chip.getChildren().get(0);
        badge.setText(TaskColors.badge(item.task()));
        badge.setVisible(item.task() != null);
        badge.setManaged(item.task() != null);
        ((Label) chip.getChildren().get(1)).setText(item.callback());
    }

    /** Keeps a departed chip for the next arrival: a new node would need CSS work. */
    private void recycle(HBox chip) {
        chip.setOpacity(1);
        if (pool.size() < MAX_CHIPS) {
            pool.push(chip);
        }
    }

    private static void update(HBox chip, EventLoopViewModel.HandleItem item) {
        TaskColors.apply(chip, item.colorIndex());
        chip.pseudoClassStateChanged(THIS_ITERATION, item.thisIteration());
        chip.resize(chip.prefWidth(-1), chip.prefHeight(-1));
        Region parent = (Region) chip.getParent();
        if (parent != null) {
            chip.setLayoutY(Math.max(0, (parent.getHeight() - chip.getHeight()) / 2));
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        double at = gap();
        for (HBox chip : chips.values()) {
            chip.resize(chip.prefWidth(-1), chip.prefHeight(-1));
            chip.setLayoutY(Math.max(0, (belt.getHeight() - chip.getHeight()) / 2));
            if (!animated) {
                chip.setTranslateX(at);
            }
            at += chip.getWidth() + gap();
        }
        if (more.isVisible()) {
            more.resize(more.prefWidth(-1), more.prefHeight(-1));
            more.relocate(at, Math.max(0, (belt.getHeight() - more.getHeight()) / 2));
        }
        for (HBox chip : leaving) {
            chip.setLayoutY(Math.max(0, (belt.getHeight() - chip.getHeight()) / 2));
        }
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double h = empty.prefHeight(-1);
        for (HBox chip : chips.values()) {
            h = Math.max(h, chip.prefHeight(-1));
        }
        return top + bottom + h * 1.6;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    /** For tests: the handles shown, front first. */
    List<Integer> shownHandles() {
        return new ArrayList<>(chips.keySet());
    }
}
