package dev.coroscope.app.loop;

import dev.coroscope.app.session.RunSession;
import dev.coroscope.engine.trace.LoopPhase;
import dev.coroscope.engine.trace.TaskState;
import dev.coroscope.engine.trace.TraceState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The event-loop view's state at the current step: the ready queue (front first), the timer heap
 * ordered by {@code when}, the virtual clock and the loop iteration, from the session's state.
 *
 * <p>Items are immutable records identified by their handle id, so the conveyor can tell a handle
 * that moved up from one that just arrived. A handle is {@code thisIteration} when it was queued
 * before the current iteration began: CPython runs exactly those in this iteration; the others
 * wait for the next one.
 */
public final class EventLoopViewModel {
    /** A handle in the ready queue. {@code colorIndex} is its task's, or -1. */
    public record HandleItem(int handle, String callback, String task, int colorIndex, boolean thisIteration) {
    }

    /** A timer in the heap. {@code label} says whom it wakes, e.g. {@code Task-2 · sleep(0.5)}. */
    public record TimerItem(int handle, double when, String label, String task, int colorIndex) {
    }

    private final RunSession session;
    private final HandleOwners owners = new HandleOwners();
    private final ObservableList<HandleItem> ready = FXCollections.observableArrayList();
    private final ObservableList<TimerItem> timers = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper clock = new ReadOnlyDoubleWrapper(this, "clock");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper(this, "clockText", "");
    private final ReadOnlyIntegerWrapper iteration = new ReadOnlyIntegerWrapper(this, "iteration");
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper(this, "phase", "");
    private final ReadOnlyDoubleWrapper horizon = new ReadOnlyDoubleWrapper(this, "horizon", 1);

    public EventLoopViewModel(RunSession session) {
        this.session = session;
        session.stateProperty().addListener((obs, old, now) -> update(now));
        update(session.getState());
    }

    /** The ready queue, front (next to run) first. */
    public ObservableList<HandleItem> ready() {
        return ready;
    }

    /** The timer heap, earliest first. */
    public ObservableList<TimerItem> timers() {
        return timers;
    }

    /** Virtual time in seconds. */
    public ReadOnlyDoubleProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    /** Virtual time as shown: {@code t = 0.5 s}. */
    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    /** The loop iteration (1-based; 0 before the first). */
    public ReadOnlyIntegerProperty iterationProperty() {
        return iteration.getReadOnlyProperty();
    }

    /** What the loop is doing, in words. */
    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /**
     * The right end of the clock's time line: a little beyond the latest of now and every deadline
     * recorded so far in this run, so the needle and the timers fit.
     */
    public ReadOnlyDoubleProperty horizonProperty() {
        return horizon.getReadOnlyProperty();
    }

    private void update(TraceState s) {
        Map<String, Integer> colour = new HashMap<>();
        Map<String, TraceState.TaskView> tasks = new HashMap<>();
        Map<Integer, String> nameById = new HashMap<>();
        for (int i = 0; i < s.tasks().size(); i++) {
            TraceState.TaskView t = s.tasks().get(i);
            colour.putIfAbsent(t.name(), i);
            tasks.putIfAbsent(t.name(), t);
            nameById.put(t.id(), t.name());
        }
        owners.scan(session.getRecording(), session.runNumberProperty().get());

        List<HandleItem> h = new ArrayList<>(s.ready().size());
        int batch = s.loop().phase() == LoopPhase.RUNNING_CALLBACKS ? Math.max(0, s.loop().batchRemaining()) : 0;
        int k = 0;
        for (TraceState.HandleView v : s.ready()) {
            String task = nameOf(owners.owner(v.handle()), nameById);
            h.add(new HandleItem(v.handle(), HandleOwners.withTaskName(v.callback(), task), task,
                    colour.getOrDefault(task, -1), k++ < batch));
        }
        if (!h.equals(ready)) {
            ready.setAll(h);
        }

        List<TimerItem> t = new ArrayList<>(s.timers().size());
        double latest = s.clock();
        for (TraceState.TimerView v : s.timers()) {
            String task = nameOf(owners.owner(v.handle()), nameById);
            TraceState.TaskView tv = task == null ? null : tasks.get(task);
            String what = tv != null && tv.state() == TaskState.WAITING && tv.waitingOn() != null
                    ? tv.waitingOn() : v.callback();
            t.add(new TimerItem(v.handle(), v.when(), task == null ? what : task + " \u00b7 " + what, task,
                    colour.getOrDefault(task, -1)));
            latest = Math.max(latest, v.when());
        }
        if (!t.equals(timers)) {
            timers.setAll(t);
        }
        if (session.getStep() < 0) {
            horizon.set(1);
        } else if (latest * 1.15 > horizon.get() || session.moveDistanceProperty().get() == 0) {
            horizon.set(niceCeiling(Math.max(latest * 1.15, 1)));
        }
        clock.set(s.clock());
        clockText.set("t = " + seconds(s.clock()) + " s");
        iteration.set(s.loop().iteration());
        phase.set(phaseText(s.loop()));
    }

    /** A time as Python's repr of a float prints it, without a trailing {@code .0} for whole seconds. */
    /** The task's name at the shown step, or its latest known name if the step does not list it. */
    private String nameOf(Integer taskId, Map<Integer, String> nameById) {
        if (taskId == null) {
            return null;
        }
        String now = nameById.get(taskId);
        return now != null ? now : owners.latestName(taskId);
    }

    public static String seconds(double t) {
        if (t == Math.rint(t) && Math.abs(t) < 1e15) {
            return Long.toString((long) t);
        }
        // Rounded to the millisecond: virtual times are sums of sleeps, 0.1 + 0.2 must read 0.3.
        double ms = Math.rint(t * 1000) / 1000;
        if (ms == Math.rint(ms)) {
            return Long.toString((long) ms);
        }
        String s = Double.toString(ms);
        return s.indexOf('E') >= 0 ? String.format(Locale.ROOT, "%.3f", ms) : s;
    }

    private static double niceCeiling(double v) {
        double[] steps = {1, 2, 2.5, 5, 10};
        double scale = Math.pow(10, Math.floor(Math.log10(v)));
        for (double st : steps) {
            if (st * scale >= v) {
                return st * scale;
            }
        }
        return 10 * scale;
    }

    private static String phaseText(TraceState.LoopView loop) {
        return switch (loop.phase()) {
            case NONE -> "No event loop yet";
            case STARTED -> "The loop has started";
            case SCHEDULING -> "Iteration " + loop.iteration() + ": moving due timers to the ready queue";
            case RUNNING_CALLBACKS -> "Iteration " + loop.iteration() + ": running the handles queued before it began"
                    + (loop.batchRemaining() >= 0 ? " (" + loop.batchRemaining() + " left)" : "");
            case STOPPED -> "The loop has stopped";
            case CLOSED -> "The loop is closed";
        };
    }
}
