package dev.coroscope.engine.trace;

import java.util.HashSet;
import java.util.Set;

/**
 * Moves a cursor over a {@link Recording}: every method takes the current step (an event index)
 * and returns the step to go to. Nothing is executed: these are searches over the events.
 *
 * <p>Forward searches that find nothing return the last step ({@code size() - 1}: run to the
 * end); backward searches that find nothing return 0. Breakpoints are line numbers: a
 * {@code line} event on one of them stops {@link #stepOver}, {@link #stepOut}, {@link #stepInto}
 * and {@link #runToBreakpoint}, in any task, as in a debugger.
 *
 * <p>Step over / into / out follow the task of the current step (the task whose step is running
 * after the event at {@code from}); other tasks run in between without stopping:
 * <ul>
 * <li><b>into</b>: the next line of the same task, at any depth (into calls and awaited
 *     coroutines). Outside any task (module code, plain callbacks) or once the task has no more
 *     lines: the next line anywhere.</li>
 * <li><b>over</b>: the next line of the current frame, or of a frame it returns to in the same
 *     task (when it returns); a task switch in between does not stop it, so "over" an
 *     {@code await} lands on the next line of the same coroutine after it resumes. If the frame
 *     and those callers have all returned: the next line anywhere.</li>
 * <li><b>out</b>: the event where the current frame returns or suspends (as pdb's
 *     {@code return} stops at a return or a yield).</li>
 * </ul>
 * Not thread-safe per instance; create one per thread (cheap).
 */
public final class Navigator {
    private final Recording rec;
    private final EventLog.View log;
    private final int size;

    Navigator(Recording rec) {
        this.rec = rec;
        this.log = rec.log();
        this.size = log.size;
    }

    /** The first step after {@code from} that is a stop of granularity {@code g}. */
    public int next(int from, Granularity g) {
        RawEvent ev = new RawEvent();
        for (int i = Math.max(from + 1, 0); i < size; i++) {
            if (isStop(i, g, ev)) {
                return i;
            }
        }
        return last();
    }

    /** The last step before {@code from} that is a stop of granularity {@code g}. */
    public int previous(int from, Granularity g) {
        RawEvent ev = new RawEvent();
        for (int i = Math.min(from, size) - 1; i >= 0; i--) {
            if (isStop(i, g, ev)) {
                return i;
            }
        }
        return 0;
    }

    /** True if the event at {@code index} is a stop for granularity {@code g}. */
    public boolean isStop(int index, Granularity g) {
        return isStop(index, g, new RawEvent());
    }

    public int stepInto(int from, Set<Integer> breakpoints) {
        int task = taskAfter(from);
        EventLog.Reader r = reader(from + 1);
        RawEvent ev = new RawEvent();
        int firstLine = -1;
        for (int i = from + 1; i < size; i++) {
            r.next(ev);
            if (ev.kind != EventKind.LINE) {
                continue;
            }
            if (firstLine < 0) {
                firstLine = i;
            }
            if (task < 0 || ev.curTask == task || breakpoints.contains(ev.b)) {
                return i;
            }
        }
        return firstLine >= 0 ? firstLine : last();
    }

    public int stepOver(int from, Set<Integer> breakpoints) {
        ProjectionState st = stateAfter(from);
        Set<Integer> frames = callers(st, st.currentFrame);
        EventLog.Reader r = reader(from + 1);
        RawEvent ev = new RawEvent();
        boolean anywhere = frames.isEmpty();
        for (int i = from + 1; i < size; i++) {
            r.next(ev);
            if (ev.kind == EventKind.LINE) {
                if (anywhere || frames.contains(ev.a) || breakpoints.contains(ev.b)) {
                    return i;
                }
            } else if (ev.kind == EventKind.RETURN && frames.remove(ev.a) && frames.isEmpty()) {
                anywhere = true;
            }
        }
        return last();
    }

    public int stepOut(int from, Set<Integer> breakpoints) {
        ProjectionState st = stateAfter(from);
        int frame = st.currentFrame;
        ProjectionState.FrameRec f = st.frame(frame);
        int coro = f != null ? f.coro : -1;
        EventLog.Reader r = reader(from + 1);
        RawEvent ev = new RawEvent();
        for (int i = from + 1; i < size; i++) {
            r.next(ev);
            switch (ev.kind) {
                case LINE -> {
                    if (frame < 0 || breakpoints.contains(ev.b)) {
                        return i;
                    }
                }
                case RETURN -> {
                    if (ev.a == frame) {
                        return i;
                    }
                }
                case CORO -> {
                    if (coro >= 0 && ev.a == coro && ev.c == CoroState.SUSPENDED.ordinal()) {
                        return i;
                    }
                }
                default -> {
                }
            }
        }
        return last();
    }

    /** The next {@code line} event on a breakpoint line, or the end. */
    public int runToBreakpoint(int from, Set<Integer> breakpoints) {
        EventLog.Reader r = reader(from + 1);
        RawEvent ev = new RawEvent();
        for (int i = from + 1; i < size; i++) {
            r.next(ev);
            if (ev.kind == EventKind.LINE && breakpoints.contains(ev.b)) {
                return i;
            }
        }
        return last();
    }

    /** The previous {@code line} event on a breakpoint line, or 0 (reverse continue). */
    public int previousBreakpoint(int from, Set<Integer> breakpoints) {
        RawEvent ev = new RawEvent();
        for (int i = Math.min(from, size) - 1; i >= 0; i--) {
            if (log.kinds[i] == EventKind.LINE.ordinal()) {
                log.decode(i, ev);
                if (breakpoints.contains(ev.b)) {
                    return i;
                }
            }
        }
        return 0;
    }

    /** The last step. */
    public int runToEnd() {
        return last();
    }

    // ---- internals --------------------------------------------------------------------------

    private int last() {
        return Math.max(0, size - 1);
    }

    private EventLog.Reader reader(int from) {
        return log.reader(Math.min(Math.max(from, 0), size));
    }

    private ProjectionState stateAfter(int from) {
        return rec.project(Math.min(Math.max(from, -1), size - 1));
    }

    private int taskAfter(int from) {
        return stateAfter(from).currentTask;
    }

    /** The frame and the callers it returns to within the same task. */
    private static Set<Integer> callers(ProjectionState st, int frame) {
        Set<Integer> out = new HashSet<>();
        ProjectionState.FrameRec f = st.frame(frame);
        if (f == null) {
            return out;
        }
        int task = f.task;
        while (f != null && f.task == task && out.add(f.id)) {
            f = st.frame(f.parent);
        }
        return out;
    }

    private boolean isStop(int i, Granularity g, RawEvent ev) {
        int k = log.kinds[i];
        switch (g) {
            case LINE:
                return k == EventKind.LINE.ordinal();
            case LOOP:
                return k == EventKind.LOOP.ordinal();
            default:
                if (k == EventKind.CORO.ordinal()) {
                    log.decode(i, ev);
                    return ev.c == CoroState.RUNNING.ordinal() || ev.c == CoroState.SUSPENDED.ordinal();
                }
                if (k == EventKind.TASK.ordinal()) {
                    log.decode(i, ev);
                    return ev.d == TaskState.RUNNING.ordinal();
                }
                return false;
        }
    }
}
