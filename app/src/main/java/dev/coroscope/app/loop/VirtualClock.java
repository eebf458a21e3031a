package dev.coroscope.app.loop;

import dev.coroscope.app.theme.Motion;
import dev.coroscope.app.theme.StyleClasses;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The loop's virtual clock: the time in large digits and a time line from 0 to {@code horizon}
 * with a needle at now and a tick per timer at its deadline, in its task's colour. When time jumps
 * (nothing is ready, so the loop skips to the next deadline) the skin ({@link VirtualClockSkin})
 * runs the needle and the digits to the new time, so the jump is seen.
 */
public final class VirtualClock extends Control {
    private final DoubleProperty time = new SimpleDoubleProperty(this, "time");
    private final DoubleProperty horizon = new SimpleDoubleProperty(this, "horizon", 1);
    private final ObservableList<EventLoopViewModel.TimerItem> timers;
    private final Motion motion;

    public VirtualClock(ObservableList<EventLoopViewModel.TimerItem> timers, Motion motion) {
        this.timers = timers;
        this.motion = motion;
        getStyleClass().add(StyleClasses.VIRTUAL_CLOCK);
        setFocusTraversable(false);
    }

    /** Virtual time in seconds. */
    public DoubleProperty timeProperty() {
        return time;
    }

    /** The time at the right end of the time line. */
    public DoubleProperty horizonProperty() {
        return horizon;
    }

    public ObservableList<EventLoopViewModel.TimerItem> timers() {
        return timers;
    }

    public Motion motion() {
        return motion;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new VirtualClockSkin(this);
    }
}
