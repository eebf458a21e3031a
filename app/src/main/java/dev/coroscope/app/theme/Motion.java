package dev.coroscope.app.theme;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;

/**
 * How long the animation of the current change should take, shared by every animated control: the
 * main window sets it before each picture (most of the time between two steps at the playback
 * speed, or zero for a jump, a scrub or steps too fast to follow), and controls read it when they
 * start an animation. Zero means: show the new picture at once.
 */
public final class Motion {
    private final DoubleProperty millis = new SimpleDoubleProperty(this, "millis");

    /** The duration in milliseconds; 0 turns animation off for the next change. */
    public DoubleProperty millisProperty() {
        return millis;
    }

    /** True when changes should animate. */
    public boolean animates() {
        return millis.get() > 0;
    }

    /** The duration of one animation, scaled by {@code factor}. */
    public Duration duration(double factor) {
        return Duration.millis(Math.max(0, millis.get() * factor));
    }
}
