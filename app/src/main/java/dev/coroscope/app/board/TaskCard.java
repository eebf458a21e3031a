package dev.coroscope.app.board;

import dev.coroscope.app.theme.Motion;
import dev.coroscope.app.theme.StyleClasses;
import dev.coroscope.app.theme.TaskColors;
import dev.coroscope.engine.trace.TaskState;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A task's card on the board: its name and badge in the task's colour, its state as a word and an
 * icon, its coroutine, the {@code cr_running} / {@code cr_suspended} lamps, {@code cr_await}, the
 * await chain, and its result or exception. The card shows a {@link TaskCardModel}; its skin
 * ({@link TaskCardSkin}) builds the nodes and animates changes.
 *
 * <p>Pseudo-classes (kept in step with the model): {@code :running} while its step runs,
 * {@code :suspended} while its coroutine is suspended ({@code cr_suspended}), {@code :done} once
 * finished (any end state), plus one per state ({@code :ready}, {@code :waiting},
 * {@code :cancelled}, {@code :failed}), {@code :selected} when the inspector shows it and
 * {@code :compact} on a crowded board (details hidden).
 */
public final class TaskCard extends Control {
    public static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    public static final PseudoClass SUSPENDED = PseudoClass.getPseudoClass("suspended");
    public static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    public static final PseudoClass READY = PseudoClass.getPseudoClass("ready");
    public static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");
    public static final PseudoClass CANCELLED = PseudoClass.getPseudoClass("cancelled");
    public static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    public static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private final TaskCardModel model;
    private final Motion motion;
    private final IntConsumer onChainLink;
    private final BooleanProperty spotlight = new SimpleBooleanProperty(this, "spotlight");
    private final BooleanProperty compact = new SimpleBooleanProperty(this, "compact") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(COMPACT, get());
        }
    };

    /**
     * A card for {@code model}, animated by {@code motion}; {@code onChainLink} receives the id of a
     * coroutine clicked in the await chain.
     */
    public TaskCard(TaskCardModel model, Motion motion, IntConsumer onChainLink) {
        this.model = model;
        this.motion = motion;
        this.onChainLink = onChainLink;
        getStyleClass().add(StyleClasses.TASK_CARD);
        setFocusTraversable(false);
        model.stateProperty().addListener((obs, old, now) -> updatePseudoClasses());
        model.crSuspendedProperty().addListener((obs, old, now) -> updatePseudoClasses());
        model.selectedProperty().addListener((obs, old, now) -> updatePseudoClasses());
        model.colorIndexProperty().addListener((obs, old, now) -> updateColour());
        updatePseudoClasses();
        updateColour();
    }

    public TaskCardModel model() {
        return model;
    }

    public Motion motion() {
        return motion;
    }

    /** Whether the details are hidden (a crowded board shows name and state only). */
    public BooleanProperty compactProperty() {
        return compact;
    }

    /**
     * True while something outside the board points at this card (a lesson's question or the
     * proof of its answer): the board keeps it in view, before the running task's card.
     */
    public BooleanProperty spotlightProperty() {
        return spotlight;
    }

    void chainLinkClicked(int coro) {
        onChainLink.accept(coro);
    }

    private void updatePseudoClasses() {
        TaskState s = model.stateProperty().get();
        pseudoClassStateChanged(RUNNING, s == TaskState.RUNNING);
        pseudoClassStateChanged(SUSPENDED, model.crSuspendedProperty().get());
        pseudoClassStateChanged(DONE, s.finished());
        pseudoClassStateChanged(READY, s == TaskState.READY);
        pseudoClassStateChanged(WAITING, s == TaskState.WAITING);
        pseudoClassStateChanged(CANCELLED, s == TaskState.CANCELLED);
        pseudoClassStateChanged(FAILED, s == TaskState.FAILED);
        pseudoClassStateChanged(SELECTED, model.selectedProperty().get());
    }

    private void updateColour() {
        TaskColors.apply(this, model.colorIndexProperty().get());
    }

    /**
     * Lines of a full card wrap, so its height depends on its width. A compact card does not wrap:
     * without a bias its height is computed once and cached, which a crowded board needs.
     */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return compact.get() ? null : javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TaskCardSkin(this);
    }
}
