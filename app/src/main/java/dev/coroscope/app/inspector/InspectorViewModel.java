package dev.coroscope.app.inspector;

import dev.coroscope.app.session.RunSession;
import dev.coroscope.engine.trace.CoroState;
import dev.coroscope.engine.trace.Flavor;
import dev.coroscope.engine.trace.TaskState;
import dev.coroscope.engine.trace.TraceState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inspector: what CPython would report, at the current step, for the selected task or
 * coroutine: {@code cr_running}, {@code cr_suspended}, {@code cr_await}, {@code cr_frame.f_lineno},
 * {@code cr_frame.f_locals} (values as {@code repr}), {@code cr_code.co_name}, {@code cr_origin},
 * {@code inspect.getcoroutinestate(...)} ({@code gi_*} and {@code getgeneratorstate} for a
 * generator), plus the selected task's frames, outermost first.
 *
 * <p>Selection: a task (by name) or a coroutine (by id). With nothing selected the inspector
 * follows the action: the running task, else the coroutine whose frame runs, else the last task
 * that ran. {@link #follow()} returns to that.
 */
public final class InspectorViewModel {
    /** One line of the inspector: an expression and its value as Python would print it. */
    public record Row(String expression, String value) {
    }

    /** One frame of the selected task: its code name, its line and its locals. */
    public record FrameRow(String code, int line, String locals) {
    }

    private final RunSession session;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<FrameRow> frames = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper highlightedTask = new ReadOnlyStringWrapper(this, "highlightedTask");
    private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper(this, "following", true);
    private final javafx.beans.property.ReadOnlyIntegerWrapper inspectedCoroutine =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "inspectedCoroutine", -1);
    private String selectedTask;
    private int selectedCoro = -1;
    private String lastRunTask;

    public InspectorViewModel(RunSession session) {
        this.session = session;
        session.stateProperty().addListener((obs, old, now) -> update());
        session.runNumberProperty().addListener((obs, old, now) -> {
            lastRunTask = null;
            if (selectedCoro >= 0) {
                follow();
            }
        });
        update();
    }

    /** The expressions and values, in the order the inspector lists them. */
    public ObservableList<Row> rows() {
        return rows;
    }

    /** The inspected task's frames, outermost first (empty for a coroutine outside tasks). */
    public ObservableList<FrameRow> frames() {
        return frames;
    }

    /** What is inspected, e.g. {@code Task-2 · coroutine work}, or a sentence when nothing is. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The task whose card shows as selected (the inspected task, or the one owning the inspected coroutine). */
    public ReadOnlyStringProperty highlightedTaskProperty() {
        return highlightedTask.getReadOnlyProperty();
    }

    /** The id of the coroutine shown, or -1. */
    public javafx.beans.property.ReadOnlyIntegerProperty inspectedCoroutineProperty() {
        return inspectedCoroutine.getReadOnlyProperty();
    }

    /** True while the inspector follows the running task rather than a selection. */
    public ReadOnlyBooleanProperty followingProperty() {
        return following.getReadOnlyProperty();
    }

    public void selectTask(String name) {
        selectedTask = name;
        selectedCoro = -1;
        following.set(false);
        update();
    }

    public void selectCoroutine(int coro) {
        selectedCoro = coro;
        selectedTask = null;
        following.set(false);
        update();
    }

    /** Back to following the running task. */
    public void follow() {
        selectedTask = null;
        selectedCoro = -1;
        following.set(true);
        update();
    }

    private void update() {
        TraceState s = session.getState();
        if (s.currentTask() != null) {
            lastRunTask = s.currentTask();
        }
        TraceState.TaskView task = null;
        TraceState.CoroView coro = null;
        if (selectedCoro >= 0) {
            coro = s.coroutine(selectedCoro);
            task = coro != null && coro.task() != null ? s.task(coro.task()) : null;
        } else {
            String name = selectedTask != null ? selectedTask : followedTask(s);
            task = name != null ? s.task(name) : null;
            if (task != null) {
                coro = s.coroutine(task.coro());
            } else if (selectedTask == null) {
                coro = runningCoroutine(s);
            }
        }
        List<Row> r = new ArrayList<>();
        if (task != null) {
            taskRows(task, r);
        }
        if (coro != null) {
            coroRows(coro, s, r);
        }
        if (!r.equals(rows)) {
            rows.setAll(r);
        }
        List<FrameRow> f = new ArrayList<>();
        if (task != null) {
            for (TraceState.FrameView fr : s.framesOf(task.name())) {
                f.add(new FrameRow(fr.code(), fr.line(), localsText(fr.locals())));
            }
        } else if (coro != null && coro.frame() >= 0 && s.frame(coro.frame()) != null) {
            TraceState.FrameView fr = s.frame(coro.frame());
            f.add(new FrameRow(fr.code(), fr.line(), localsText(fr.locals())));
        }
        if (!f.equals(frames)) {
            frames.setAll(f);
        }
        highlightedTask.set(task != null ? task.name() : null);
        inspectedCoroutine.set(coro != null ? coro.id() : -1);
        title.set(title(task, coro));
    }

    private String followedTask(TraceState s) {
        if (s.currentTask() != null) {
            return s.currentTask();
        }
        if (lastRunTask != null && s.task(lastRunTask) != null) {
            return lastRunTask;
        }
        return null;
    }

    /** Outside tasks: the coroutine (or generator) whose frame is running, else the newest one. */
    private static TraceState.CoroView runningCoroutine(TraceState s) {
        TraceState.FrameView f = s.frame(s.currentFrame());
        if (f != null && f.coro() >= 0 && s.coroutine(f.coro()) != null) {
            return s.coroutine(f.coro());
        }
        List<TraceState.CoroView> all = s.coroutines();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    private static String title(TraceState.TaskView task, TraceState.CoroView coro) {
        if (task == null && coro == null) {
            return "Nothing to inspect yet";
        }
        String what = coro == null ? "" : coro.flavor().words() + " " + coro.name();
        if (task == null) {
            return what;
        }
        return coro == null ? task.name() : task.name() + " \u00b7 " + what;
    }

    private static void taskRows(TraceState.TaskView t, List<Row> r) {
        r.add(new Row("task.get_name()", pyStr(t.name())));
        r.add(new Row("task.done()", pyBool(t.state().finished())));
        r.add(new Row("task.cancelled()", pyBool(t.state() == TaskState.CANCELLED)));
        if (t.state() == TaskState.DONE) {
            r.add(new Row("task.result()", t.result() == null ? "None" : t.result()));
        } else if (t.state() == TaskState.FAILED) {
            r.add(new Row("task.exception()", t.exception() == null ? "None" : t.exception()));
        }
    }

    private static void coroRows(TraceState.CoroView c, TraceState s, List<Row> r) {
        String p = c.flavor().prefix();
        r.add(new Row(c.flavor().running(), pyBool(c.runningFlag())));
        String suspended = c.flavor().suspended();
        if (!suspended.isEmpty()) {
            r.add(new Row(suspended, pyBool(c.crSuspended())));
        }
        r.add(new Row(c.flavor().awaiting(), c.crAwait() == null ? "None" : c.crAwait()));
        if (c.state() == CoroState.CLOSED) {
            r.add(new Row(p + "frame", "None"));
        } else if (c.line() <= 0) {
            // A coroutine of asyncio's own that a task runs (to_thread's): its frame is not shown.
            r.add(new Row(p + "frame.f_lineno", "(a line of asyncio's own code)"));
            r.add(new Row(p + "frame.f_locals", "(asyncio's own code: not recorded)"));
        } else {
            r.add(new Row(p + "frame.f_lineno", Integer.toString(c.line())));
            TraceState.FrameView f = c.frame() >= 0 ? s.frame(c.frame()) : null;
            r.add(new Row(p + "frame.f_locals", f != null ? dictRepr(f.locals())
                    : "(its arguments; not recorded before it starts)"));
        }
        r.add(new Row(p + "code.co_name", pyStr(c.codeName() != null ? c.codeName() : c.name())));
        if (c.flavor() == Flavor.COROUTINE) {
            r.add(new Row("cr_origin", c.origin() == null ? "None" : c.origin()));
            r.add(new Row("inspect.getcoroutinestate(coro)", pyStr("CORO_" + c.state().name())));
        } else if (c.flavor() == Flavor.GENERATOR) {
            r.add(new Row("inspect.getgeneratorstate(gen)", pyStr("GEN_" + c.state().name())));
        }
    }

    /** {@code {'name': 'a', 'delay': 1}}: a dict of the locals as Python prints it. */
    static String dictRepr(Map<String, String> locals) {
        StringBuilder b = new StringBuilder("{");
        for (Map.Entry<String, String> e : locals.entrySet()) {
            if (b.length() > 1) {
                b.append(", ");
            }
            b.append(pyStr(e.getKey())).append(": ").append(e.getValue());
        }
        return b.append('}').toString();
    }

    private static String localsText(Map<String, String> locals) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : locals.entrySet()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(e.getKey()).append('=').append(e.getValue());
        }
        return b.toString();
    }

    private static String pyBool(boolean b) {
        return b ? "True" : "False";
    }

    /** The repr of a str made of printable characters without quotes of its own (names, states). */
    private static String pyStr(String s) {
        return s.indexOf('\'') < 0 ? "'" + s + "'" : "\"" + s + "\"";
    }
}
