package dev.coroscope.app.editor;

import dev.coroscope.app.run.ProgramError;
import dev.coroscope.app.session.RunSession;
import dev.coroscope.app.theme.TaskColors;
import dev.coroscope.engine.trace.TaskState;
import dev.coroscope.engine.trace.TraceState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableSet;

/**
 * What the code pane marks on the program at the current step: the line being executed (and by
 * which task), a marker per live task at the line where it is (suspended tasks at their
 * {@code await}), breakpoints, and the program's error at its line in CPython's words.
 *
 * <p>Markers: every task that has a live frame gets one, at the line of its innermost frame, in
 * the task's colour and with its badge; the running task's marker is on the executing line.
 * Finished tasks and tasks that have not started have none.
 */
public final class CodePaneViewModel {
    /** One task's marker in the gutter. */
    public record TaskMarker(String task, String badge, int colorIndex, TaskState state) {
    }

    private final RunSession session;
    private final ReadOnlyIntegerWrapper executingLine = new ReadOnlyIntegerWrapper(this, "executingLine", -1);
    private final ReadOnlyIntegerWrapper executingColor = new ReadOnlyIntegerWrapper(this, "executingColor", -1);
    private final ReadOnlyObjectWrapper<Map<Integer, List<TaskMarker>>> markers =
            new ReadOnlyObjectWrapper<>(this, "markers", Map.of());
    private final ReadOnlyIntegerWrapper errorLine = new ReadOnlyIntegerWrapper(this, "errorLine", -1);
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper(this, "errorText", "");
    private final ReadOnlyIntegerWrapper badgeChars = new ReadOnlyIntegerWrapper(this, "badgeChars", 1);
    /** The run {@link #badgeChars} was measured in. */
    private long badgeRun = -1;

    public CodePaneViewModel(RunSession session) {
        this.session = session;
        session.stateProperty().addListener((obs, old, now) -> update(now));
        session.errorProperty().addListener((obs, old, now) -> updateError(now));
        session.recordingProperty().addListener((obs, old, now) -> {
            if (now != null && now.size() > 0) {
                widenBadges(now.stateAt(now.size() - 1));
            }
        });
        update(session.getState());
        updateError(session.getError());
    }

    /** The line being executed (1-based), or -1 when no frame runs (the loop is between steps). */
    public ReadOnlyIntegerProperty executingLineProperty() {
        return executingLine.getReadOnlyProperty();
    }

    public int getExecutingLine() {
        return executingLine.get();
    }

    /** The colour index of the task executing that line, or -1 outside tasks. */
    public ReadOnlyIntegerProperty executingColorProperty() {
        return executingColor.getReadOnlyProperty();
    }

    /** Task markers by line (1-based), each line's markers in task creation order. Immutable. */
    public ReadOnlyObjectProperty<Map<Integer, List<TaskMarker>>> markersProperty() {
        return markers.getReadOnlyProperty();
    }

    public Map<Integer, List<TaskMarker>> getMarkers() {
        return markers.get();
    }

    /**
     * The longest badge of any task of this run so far (its recorded end included): the gutter sizes
     * its marker column for two such badges. It only grows within a run, so scrubbing back never
     * makes the code move sideways; a new run measures again.
     */
    public ReadOnlyIntegerProperty badgeCharsProperty() {
        return badgeChars.getReadOnlyProperty();
    }

    /** The breakpoint lines (the session's; F9 toggles them). */
    public ObservableSet<Integer> breakpoints() {
        return session.breakpoints();
    }

    /** The line of the program's error, or -1. */
    public ReadOnlyIntegerProperty errorLineProperty() {
        return errorLine.getReadOnlyProperty();
    }

    public int getErrorLine() {
        return errorLine.get();
    }

    /** The error in CPython's words ({@code SyntaxError: expected ':'}), or empty. */
    public ReadOnlyStringProperty errorTextProperty() {
        return errorText.getReadOnlyProperty();
    }

    public String getErrorText() {
        return errorText.get();
    }

    /** F9 or a click in the gutter: toggles the breakpoint on {@code line} (1-based). */
    public void toggleBreakpoint(int line) {
        session.toggleBreakpoint(line);
    }

    private void widenBadges(TraceState s) {
        int longest = 1;
        for (TraceState.TaskView t : s.tasks()) {
            longest = Math.max(longest, TaskColors.badge(t.name()).length());
        }
        long run = session.runNumberProperty().get();
        if (run != badgeRun) {
            badgeRun = run;
            badgeChars.set(longest);
        } else if (longest > badgeChars.get()) {
            badgeChars.set(longest);
        }
    }

    private void update(TraceState s) {
        widenBadges(s);
        executingLine.set(s.currentFrame() >= 0 ? s.currentLine() : -1);
        int running = -1;
        Map<Integer, List<TaskMarker>> byLine = new TreeMap<>();
        List<TraceState.TaskView> tasks = s.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            TraceState.TaskView t = tasks.get(i);
            if (Objects.equals(s.currentTask(), t.name()) && t.state() == TaskState.RUNNING) {
                running = i;
            }
            if (t.state().finished()) {
                continue;
            }
            int line = innermostLine(s, t.name());
            if (line > 0) {
                byLine.computeIfAbsent(line, k -> new ArrayList<>())
                        .add(new TaskMarker(t.name(), TaskColors.badge(t.name()), i, t.state()));
            }
        }
        addThreadMarkers(s, byLine);
        byLine.replaceAll((k, v) -> List.copyOf(v));
        Map<Integer, List<TaskMarker>> result = Collections.unmodifiableMap(byLine);
        if (!result.equals(markers.get())) {
            markers.set(result);
        }
        executingColor.set(running);
    }

    /**
     * A neutral badge ({@link #THREAD_BADGE}) where each other thread runs or waits: at the line of
     * its innermost live frame (one no other thread frame was called from).
     */
    private static void addThreadMarkers(TraceState s, Map<Integer, List<TaskMarker>> byLine) {
        java.util.Set<Integer> callers = new java.util.HashSet<>();
        for (TraceState.FrameView f : s.frames()) {
            if (f.thread() && f.parent() >= 0) {
                callers.add(f.parent());
            }
        }
        for (TraceState.FrameView f : s.frames()) {
            if (f.thread() && !callers.contains(f.id()) && f.line() > 0) {
                TaskState state = f.id() == s.currentFrame() ? TaskState.RUNNING : TaskState.WAITING;
                byLine.computeIfAbsent(f.line(), k -> new ArrayList<>())
                        .add(new TaskMarker(THREAD_NAME, THREAD_BADGE, -1, state));
            }
        }
    }

    /** The badge and name of another thread's marker (threads have no task colour). */
    static final String THREAD_BADGE = "T";
    static final String THREAD_NAME = "Another thread";

    /** The line of the task's innermost live frame: where it runs or is suspended; -1 if none. */
    private static int innermostLine(TraceState s, String task) {
        int line = -1;
        for (TraceState.FrameView f : s.frames()) {
            if (task.equals(f.task())) {
                line = f.line();
            }
        }
        return line;
    }

    private void updateError(ProgramError e) {
        errorLine.set(e == null ? -1 : e.line());
        errorText.set(e == null ? "" : e.summary());
    }
}
