package dev.coroscope.app.loop;

import dev.coroscope.app.theme.Icons;
import dev.coroscope.app.theme.StyleClasses;
import dev.coroscope.app.theme.TaskColors;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Draws the {@link VirtualClock}: the digits, the time line (axis, end labels, timer ticks, the
 * needle). {@code shown} is the time being drawn; it follows the control's time directly, or
 * through an animation when motion is on, and the {@code :jumping} pseudo-class is set while it runs.
 */
final class VirtualClockSkin extends SkinBase<VirtualClock> {
    private static final PseudoClass JUMPING = PseudoClass.getPseudoClass("jumping");

    private final DoubleProperty shown = new SimpleDoubleProperty();
    private final Label digits = new Label();
    private final Pane line = new Pane();
    private final Region axis = new Region();
    private final Region needle = new Region();
    private final Label zero = new Label("0");
    private final Label end = new Label();
    private final List<Region> ticks = new ArrayList<>();
    private Timeline jump;
    /** Most ticks drawn. */
    static final int MAX_TICKS = 40;

    VirtualClockSkin(VirtualClock clock) {
        super(clock);
        digits.getStyleClass().add(StyleClasses.CLOCK_TIME);
        HBox top = new HBox(Icons.icon(StyleClasses.ICON_CLOCK), digits);
        top.getStyleClass().add("clock-top");
        axis.getStyleClass().add("clock-axis");
        needle.getStyleClass().add("clock-needle");
        zero.getStyleClass().add("clock-scale");
        end.getStyleClass().add("clock-scale");
        line.getStyleClass().add("clock-line");
        // The skin places the time line's parts itself; a Pane would resize them to their (zero) preferred sizes.
        for (javafx.scene.Node n : new javafx.scene.Node[] {axis, zero, end, needle}) {
            n.setManaged(false);
        }
        line.getChildren().addAll(axis, zero, end, needle);
        VBox box = new VBox(top, line);
        box.getStyleClass().add("clock-box");
        getChildren().add(box);

        shown.set(clock.timeProperty().get());
        shown.addListener((obs, old, now) -> {
            digits.setText("t = " + EventLoopViewModel.seconds(Math.round(now.doubleValue() * 1000) / 1000.0) + " s");
            getSkinnable().requestLayout();
        });
        digits.setText("t = " + EventLoopViewModel.seconds(shown.get()) + " s");
        clock.timeProperty().addListener((obs, old, now) -> moveTo(now.doubleValue()));
        clock.horizonProperty().addListener((obs, old, now) -> {
            end.setText(EventLoopViewModel.seconds(now.doubleValue()) + " s");
            getSkinnable().requestLayout();
        });
        end.setText(EventLoopViewModel.seconds(clock.horizonProperty().get()) + " s");
        clock.timers().addListener((ListChangeListener<EventLoopViewModel.TimerItem>) c -> syncTicks());
        syncTicks();
    }

    private void moveTo(double t) {
        if (jump != null) {
            jump.stop();
        }
        if (!getSkinnable().motion().animates() || t < shown.get()) {
            shown.set(t);
            getSkinnable().pseudoClassStateChanged(JUMPING, false);
            return;
        }
        getSkinnable().pseudoClassStateChanged(JUMPING, true);
        jump = new Timeline(new KeyFrame(getSkinnable().motion().duration(1.5),
                new KeyValue(shown, t, Interpolator.EASE_BOTH)));
        jump.setOnFinished(e -> getSkinnable().pseudoClassStateChanged(JUMPING, false));
        jump.play();
    }

    /**
     * One tick per timer (the earliest {@link #MAX_TICKS}), reusing tick nodes: the heap changes at
     * almost every step of a busy program, and new nodes would each need CSS work.
     */
    private void syncTicks() {
        List<EventLoopViewModel.TimerItem> timers = getSkinnable().timers();
        int n = Math.min(timers.size(), MAX_TICKS);
        while (ticks.size() < n) {
            Region tick = new Region();
            tick.getStyleClass().add("clock-tick");
            tick.setManaged(false);
            ticks.add(tick);
            line.getChildren().add(1, tick);
        }
        for (int i = 0; i < ticks.size(); i++) {
            Region tick = ticks.get(i);
            boolean used = i < n;
            tick.setVisible(used);
            if (used) {
                EventLoopViewModel.TimerItem t = timers.get(i);
                tick.setUserData(t.when());
                TaskColors.apply(tick, t.colorIndex());
            }
        }
        getSkinnable().requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        double lw = line.getWidth();
        double lh = line.getHeight();
        double pad = Math.max(end.prefWidth(-1), 24) / 2 + 4;
        double from = pad;
        double to = Math.max(from + 10, lw - pad);
        double horizon = Math.max(getSkinnable().horizonProperty().get(), 1e-9);
        double axisY = lh * 0.45;
        axis.resizeRelocate(from, axisY - 1, to - from, 2);
        double labelH = zero.prefHeight(-1);
        zero.resizeRelocate(from - zero.prefWidth(-1) / 2, lh - labelH, zero.prefWidth(-1), labelH);
        end.resizeRelocate(to - end.prefWidth(-1) / 2, lh - labelH, end.prefWidth(-1), labelH);
        double tickSize = Math.max(8, lh * 0.3);
        for (Region tick : ticks) {
            if (!tick.isVisible()) {
                continue;
            }
            double when = (double) tick.getUserData();
            double tx = from + (to - from) * Math.min(1, when / horizon);
            tick.resizeRelocate(tx - tickSize / 2, axisY - tickSize, tickSize, tickSize);
        }
        double nx = from + (to - from) * Math.min(1, shown.get() / horizon);
        double nw = Math.max(3, lh * 0.08);
        needle.resizeRelocate(nx - nw / 2, 0, nw, lh - labelH);
    }
}
