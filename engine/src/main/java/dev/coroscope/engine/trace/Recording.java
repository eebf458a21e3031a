package dev.coroscope.engine.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * An immutable recording of a run (or of its prefix so far): the events, the state at any step,
 * the explanation of any event, and navigation. Safe to read from any thread. The UI works only
 * with this: stepping, stepping back and scrubbing are cursor moves; the VM is never asked.
 *
 * <p>Steps are event indices: {@code 0 .. size() - 1}. {@link #stateAt(int)} gives the state
 * after the event at that index ({@code -1}: before the first event); it restores the nearest
 * checkpoint at or before the index and replays the events after it.
 */
public final class Recording {
    private final EventLog.View log;
    private final StringPool.View pool;
    private final int[] cpAt;
    private final ProjectionState[] cpState;
    private final long retainedBytes;
    private final List<String> problems;
    private volatile List<ScrubMark> marks;
    /** The last state projected, reused when the cursor moves forward (playback); guarded by itself. */
    private final ProjectionState[] lastState = new ProjectionState[1];

    Recording(EventLog.View log, StringPool.View pool, int[] cpAt, ProjectionState[] cpState, long retainedBytes,
              List<String> problems) {
        this.log = log;
        this.pool = pool;
        this.cpAt = cpAt;
        this.cpState = cpState;
        this.retainedBytes = retainedBytes;
        this.problems = problems;
    }

    /** Number of events. */
    public int size() {
        return log.size;
    }

    /** Number of {@code line} events: the steps the engine's budget counts. */
    public int steps() {
        return log.lines;
    }

    /** True when the last event is the final {@code end} marker. */
    public boolean complete() {
        return log.size > 0 && log.kind(log.size - 1) == EventKind.END;
    }

    /** Why the run ended, or null while it is still being recorded. */
    public RunEnd end() {
        if (!complete()) {
            return null;
        }
        StepEvent.End e = (StepEvent.End) event(log.size - 1);
        return new RunEnd(e.reason(), e.message());
    }

    public EventKind kind(int index) {
        check(index);
        return log.kind(index);
    }

    /** Name of the task current at event {@code index}, or null. */
    public String current(int index) {
        check(index);
        return pool.get(log.current(index));
    }

    public StepEvent event(int index) {
        check(index);
        RawEvent ev = new RawEvent();
        log.decode(index, ev);
        return EventCodec.toEvent(ev, index, pool);
    }

    /** Events {@code from .. to-1}, decoded sequentially. */
    public List<StepEvent> events(int from, int to) {
        if (from < 0 || to > log.size || from > to) {
            throw new IndexOutOfBoundsException("events " + from + ".." + to + " of " + log.size);
        }
        List<StepEvent> out = new ArrayList<>(to - from);
        EventLog.Reader r = log.reader(from);
        RawEvent ev = new RawEvent();
        for (int i = from; i < to; i++) {
            r.next(ev);
            out.add(EventCodec.toEvent(ev, i, pool));
        }
        return out;
    }

    /** Calls {@code action} with every event in order (decoded one at a time). */
    public void forEach(Consumer<? super StepEvent> action) {
        if (log.size == 0) {
            return;
        }
        EventLog.Reader r = log.reader(0);
        RawEvent ev = new RawEvent();
        for (int i = 0; i < log.size; i++) {
            r.next(ev);
            action.accept(EventCodec.toEvent(ev, i, pool));
        }
    }

    /** The state after event {@code index} ({@code -1 <= index < size()}). */
    public TraceState stateAt(int index) {
        if (index < -1 || index >= log.size) {
            throw new IndexOutOfBoundsException("step " + index + " of " + log.size);
        }
        ProjectionState cached;
        synchronized (lastState) {
            cached = lastState[0];
            lastState[0] = null;
        }
        ProjectionState s;
        int k = lastCheckpointAtOrBefore(index);
        if (cached != null && cached.step <= index && (k < 0 || cached.step >= cpAt[k])) {
            s = cached;
            replay(s, cached.step + 1, index);
        } else {
            s = project(index);
        }
        TraceState snapshot = TraceState.of(s, pool, log);
        synchronized (lastState) {
            lastState[0] = s;
        }
        return snapshot;
    }

    /** The one-sentence explanation of event {@code index}, from the event and the state before it. */
    public String explain(int index) {
        check(index);
        RawEvent ev = new RawEvent();
        log.decode(index, ev);
        return Explainer.explain(EventCodec.toEvent(ev, index, pool), project(index - 1), pool,
                EventCodec.createdCoroName(ev, pool));
    }

    /**
     * The steps where a task starts running and it is not the task that ran last: where the
     * scrubber marks a task switch. Each mark names the task (colour it by {@code taskIndex}, its
     * creation order).
     */
    public List<ScrubMark> scrubMarks() {
        List<ScrubMark> m = marks;
        if (m == null) {
            m = computeMarks();
            marks = m;
        }
        return m;
    }

    /** Navigation over this recording. */
    public Navigator navigator() {
        return new Navigator(this);
    }

    /** Bytes the recording retains (see {@link Recorder#retainedBytes()} for the method). */
    public long retainedBytes() {
        return retainedBytes;
    }

    /** Violations of the {@link AsyncEvents} invariants noticed while recording (at most 20); empty when all is well. */
    public List<String> protocolErrors() {
        return problems;
    }

    /** Number of checkpoints kept. */
    public int checkpoints() {
        return cpAt.length;
    }

    // ---- package internals ------------------------------------------------------------------

    EventLog.View log() {
        return log;
    }

    StringPool.View pool() {
        return pool;
    }

    /** A fresh mutable state after event {@code index}. */
    ProjectionState project(int index) {
        if (index < -1 || index >= log.size) {
            throw new IndexOutOfBoundsException("step " + index + " of " + log.size);
        }
        int k = lastCheckpointAtOrBefore(index);
        ProjectionState s = k >= 0 ? cpState[k].copy() : new ProjectionState();
        replay(s, k >= 0 ? cpAt[k] + 1 : 0, index);
        return s;
    }

    private void replay(ProjectionState s, int from, int to) {
        if (from <= to) {
            EventLog.Reader r = log.reader(from);
            RawEvent ev = new RawEvent();
            for (int i = from; i <= to; i++) {
                r.next(ev);
                s.apply(ev, i);
            }
        }
    }

    /** Folds events 0..index from the empty state, ignoring checkpoints (the reference for tests). */
    ProjectionState foldFromStart(int index) {
        ProjectionState s = new ProjectionState();
        if (index >= 0) {
            EventLog.Reader r = log.reader(0);
            RawEvent ev = new RawEvent();
            for (int i = 0; i <= index; i++) {
                r.next(ev);
                s.apply(ev, i);
            }
        }
        return s;
    }

    TraceState snapshotOf(ProjectionState s) {
        return TraceState.of(s, pool, log);
    }

    private int lastCheckpointAtOrBefore(int index) {
        int lo = 0;
        int hi = cpAt.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cpAt[mid] <= index) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private List<ScrubMark> computeMarks() {
        List<ScrubMark> out = new ArrayList<>();
        if (log.size == 0) {
            return out;
        }
        EventLog.Reader r = log.reader(0);
        RawEvent ev = new RawEvent();
        java.util.Map<Integer, Integer> taskOrder = new java.util.HashMap<>();
        int last = -1;
        for (int i = 0; i < log.size; i++) {
            if (log.kinds[i] != EventKind.TASK.ordinal()) {
                continue;
            }
            if (r.index() != i) {
                r = log.reader(i);
            }
            r.next(ev);
            int idx = taskOrder.computeIfAbsent(ev.a, k -> taskOrder.size());
            if (ev.d == TaskState.RUNNING.ordinal() && ev.a != last) {
                out.add(new ScrubMark(i, pool.get(ev.b), idx));
                last = ev.a;
            }
        }
        return Collections.unmodifiableList(out);
    }

    private void check(int index) {
        if (index < 0 || index >= log.size) {
            throw new IndexOutOfBoundsException("event " + index + " of " + log.size);
        }
    }
}
