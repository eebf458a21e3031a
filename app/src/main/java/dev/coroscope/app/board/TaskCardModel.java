package dev.coroscope.app.board;

import dev.coroscope.engine.trace.Flavor;
import dev.coroscope.engine.trace.TaskState;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What one task card shows, as plain properties the card binds to. A task keeps the same model for
 * the whole recording (matched by task id), so the card can animate its changes.
 *
 * <p>{@code woken} counts the times the board saw this task woken: moving forward, its state went
 * from WAITING to READY (what it waited on is done) or from READY to RUNNING (the loop resumed it).
 * The card pulses when it changes.
 */
public final class TaskCardModel {
    /** One coroutine in the task's await chain (outermost first). */
    public record ChainLink(int coro, String name) {
    }

    private final int taskId;
    private final boolean coroutineOnly;
    private final StringProperty stateText = new SimpleStringProperty(this, "stateText", "READY");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty badge = new SimpleStringProperty(this, "badge", "");
    private final IntegerProperty colorIndex = new SimpleIntegerProperty(this, "colorIndex");
    private final ObjectProperty<TaskState> state = new SimpleObjectProperty<>(this, "state", TaskState.READY);
    private final StringProperty coroutine = new SimpleStringProperty(this, "coroutine", "");
    private final ObjectProperty<Flavor> kind = new SimpleObjectProperty<>(this, "kind", Flavor.COROUTINE);
    private final StringBinding flavor = Bindings.createStringBinding(() -> kind.get().words(), kind);
    private final StringProperty outcome = new SimpleStringProperty(this, "outcome", "");
    private final StringProperty waitingOn = new SimpleStringProperty(this, "waitingOn", "");
    private final BooleanProperty crRunning = new SimpleBooleanProperty(this, "crRunning");
    private final BooleanProperty crSuspended = new SimpleBooleanProperty(this, "crSuspended");
    private final StringProperty crAwait = new SimpleStringProperty(this, "crAwait", "None");
    private final ObjectProperty<List<ChainLink>> chain = new SimpleObjectProperty<>(this, "chain", List.of());
    private final IntegerProperty woken = new SimpleIntegerProperty(this, "woken");
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");
    private final BooleanProperty current = new SimpleBooleanProperty(this, "current");

    public TaskCardModel(int taskId) {
        this(taskId, false);
    }

    /**
     * A card for task {@code id}, or, with {@code coroutineOnly}, for a coroutine (or generator)
     * that belongs to no task, such as one driven by {@code send()}: then {@code id} is the
     * coroutine's id and the state is its coroutine state shown in the task states' colours.
     */
    public TaskCardModel(int id, boolean coroutineOnly) {
        this.taskId = id;
        this.coroutineOnly = coroutineOnly;
        state.addListener((obs, old, now) -> {
            if (!coroutineOnly) {
                stateText.set(now.name());
            }
        });
    }

    /** The task's id in the recording (stable for the run), or the coroutine's for a coroutine card. */
    public int taskId() {
        return taskId;
    }

    /** True for the card of a coroutine outside any task. */
    public boolean coroutineOnly() {
        return coroutineOnly;
    }

    /** The state word the card shows: the task state, or the coroutine state ({@code SUSPENDED}...). */
    public StringProperty stateTextProperty() {
        return stateText;
    }

    /** The task's name, e.g. {@code Task-2}. */
    public StringProperty nameProperty() {
        return name;
    }

    /** The short badge beside the colour: {@code 2} for {@code Task-2}. */
    public StringProperty badgeProperty() {
        return badge;
    }

    /** The task's colour: its creation index. */
    public IntegerProperty colorIndexProperty() {
        return colorIndex;
    }

    public ObjectProperty<TaskState> stateProperty() {
        return state;
    }

    /** The task's coroutine, e.g. {@code work()}. */
    public StringProperty coroutineProperty() {
        return coroutine;
    }

    /**
     * What the coroutine is, in words, from {@link #kindProperty}: {@code coroutine},
     * {@code generator} or {@code async generator}.
     */
    public StringBinding flavorProperty() {
        return flavor;
    }

    /** The kind of coroutine object, which names its flags ({@link Flavor#running()} and the like). */
    public ObjectProperty<Flavor> kindProperty() {
        return kind;
    }

    /** Once finished: {@code result 'a'}, {@code raised ValueError('bad')} or {@code cancelled}; else empty. */
    public StringProperty outcomeProperty() {
        return outcome;
    }

    /** While WAITING: what it waits on, e.g. {@code sleep(0.5)}; else empty. */
    public StringProperty waitingOnProperty() {
        return waitingOn;
    }

    /** The task coroutine's {@code cr_running} (an async generator's {@code ag_running}, and so on). */
    public BooleanProperty crRunningProperty() {
        return crRunning;
    }

    /** The task coroutine's {@code cr_suspended}. */
    public BooleanProperty crSuspendedProperty() {
        return crSuspended;
    }

    /** The task coroutine's {@code cr_await} as CPython shows it ({@code None} when it awaits nothing). */
    public StringProperty crAwaitProperty() {
        return crAwait;
    }

    /** The await chain inside the task, outermost first: main → fetch → sleep. */
    public ObjectProperty<List<ChainLink>> chainProperty() {
        return chain;
    }

    /** Incremented each time the task is woken; the card pulses. */
    public IntegerProperty wokenProperty() {
        return woken;
    }

    /** True when the inspector shows this task. */
    public BooleanProperty selectedProperty() {
        return selected;
    }

    /** True while this task's step is running (the task the loop is serving). */
    public BooleanProperty currentProperty() {
        return current;
    }
}
