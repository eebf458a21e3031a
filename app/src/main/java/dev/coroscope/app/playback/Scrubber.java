package dev.coroscope.app.playback;

import dev.coroscope.app.theme.StyleClasses;
import dev.coroscope.engine.trace.ScrubMark;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A slider over the whole recording with a mark, in the task's colour, at every step where a
 * different task starts running. {@code value} follows the cursor; dragging or clicking calls the
 * scrub action with the chosen step. Its skin is {@link ScrubberSkin}.
 */
public final class Scrubber extends Control {
    private final IntegerProperty value = new SimpleIntegerProperty(this, "value");
    private final IntegerProperty max = new SimpleIntegerProperty(this, "max");
    private final ObjectProperty<List<ScrubMark>> marks = new SimpleObjectProperty<>(this, "marks", List.of());
    private final IntConsumer onScrub;

    public Scrubber(IntConsumer onScrub) {
        this.onScrub = onScrub;
        getStyleClass().add(StyleClasses.SCRUBBER);
    }

    /** The step under the cursor. */
    public IntegerProperty valueProperty() {
        return value;
    }

    /** The last step. */
    public IntegerProperty maxProperty() {
        return max;
    }

    /** Task-switch marks. */
    public ObjectProperty<List<ScrubMark>> marksProperty() {
        return marks;
    }

    void scrub(int step) {
        onScrub.accept(step);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ScrubberSkin(this);
    }
}
