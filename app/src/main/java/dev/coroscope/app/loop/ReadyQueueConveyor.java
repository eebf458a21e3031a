package dev.coroscope.app.loop;

import dev.coroscope.app.theme.Motion;
import dev.coroscope.app.theme.StyleClasses;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The ready queue drawn as a conveyor belt: each handle is a chip in its task's colour, the front
 * (next to run) on the left. Its skin ({@link ReadyQueueConveyorSkin}) slides a new handle in at the
 * back, moves the others up as the front one leaves, and slides the leaving one out at the front.
 * A chip queued before the current iteration began has the pseudo-class {@code :this-iteration}
 * (it runs in this iteration; the others wait for the next).
 */
public final class ReadyQueueConveyor extends Control {
    private final ObservableList<EventLoopViewModel.HandleItem> items;
    private final Motion motion;

    public ReadyQueueConveyor(ObservableList<EventLoopViewModel.HandleItem> items, Motion motion) {
        this.items = items;
        this.motion = motion;
        getStyleClass().add(StyleClasses.CONVEYOR);
        setFocusTraversable(false);
    }

    /** The handles, front first. */
    public ObservableList<EventLoopViewModel.HandleItem> items() {
        return items;
    }

    public Motion motion() {
        return motion;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ReadyQueueConveyorSkin(this);
    }
}
