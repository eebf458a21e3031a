package dev.coroscope.engine.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The state of a run after a prefix of its events, in ids (string fields are {@link StringPool}
 * ids): the mutable working form of the projection. {@link #apply} folds one event in;
 * {@link #copy} makes the independent deep copies the recorder keeps as checkpoints;
 * {@link TraceState#of} turns it into the immutable snapshot the UI renders.
 *
 * <p>Rules (the projection is a pure function of the event prefix):
 * <ul>
 * <li>Tasks are kept forever, in creation order; a task's first event creates it.</li>
 * <li>Coroutines are kept while not CLOSED; a closed coroutine stays only if it is a task's
 *     coroutine (the board shows it). Frames are kept from {@code call} to {@code return}.
 *     Futures are kept while PENDING.</li>
 * <li>The current task is set by a {@code task} RUNNING event and cleared by the loop taking
 *     the next handle ({@code ready pop}), a timer firing, or any {@code loop} event; so the
 *     events between a task's RUNNING event and the loop's next move belong to that step.</li>
 * <li>The current frame follows {@code call}, {@code line}, {@code exception} and coroutine
 *     resumption; when a frame returns or its coroutine suspends, the frame it goes back to is its
 *     parent if that belongs to the same task, else none (the event loop).</li>
 * <li>Module-level stores and {@code global} stores go to the module frame (code {@code <module>},
 *     string id {@link #MODULE_CODE}), whose locals are the globals.</li>
 * <li>Odd streams never throw: an event about an unknown frame or coroutine creates it or is
 *     ignored, as stated at each case.</li>
 * </ul>
 */
final class ProjectionState {
    /** String id of {@code <module>}: the recorder interns it first. */
    static final int MODULE_CODE = 0;

    static final class TaskRec {
        int id;
        int order;
        int name;
        int coro = -1;
        int state;
        int waitingOn = -1;
        int waitingFuture = -1;
        int result = -1;
        int exception = -1;
        int steps;
        /** What the task last waited on (kept after it wakes, for "resumes: its sleep(0.5) ..."). */
        int lastWaitingOn = -1;
        /** How the future it waited on ended (a FutureState ordinal), -1 if not reported. */
        int waitEnd = -1;
        /** Qualified name of its coroutine (string id), also for library coroutines that have no coro events. */
        int coroName = -1;

        TaskRec copy() {
            TaskRec t = new TaskRec();
            t.id = id;
            t.order = order;
            t.name = name;
            t.coro = coro;
            t.state = state;
            t.waitingOn = waitingOn;
            t.waitingFuture = waitingFuture;
            t.result = result;
            t.exception = exception;
            t.steps = steps;
            t.lastWaitingOn = lastWaitingOn;
            t.waitEnd = waitEnd;
            t.coroName = coroName;
            return t;
        }
    }

    static final class CoroRec {
        int id;
        int order;
        int name = -1;
        int state;
        int crAwait = -1;
        int awaits = -1;
        int line;
        int frame = -1;
        int flavor;
        int origin = -1;
        int task = -1;

        CoroRec copy() {
            CoroRec c = new CoroRec();
            c.id = id;
            c.order = order;
            c.name = name;
            c.state = state;
            c.crAwait = crAwait;
            c.awaits = awaits;
            c.line = line;
            c.frame = frame;
            c.flavor = flavor;
            c.origin = origin;
            c.task = task;
            return c;
        }
    }

    static final class FrameRec {
        int id;
        int order;
        int code = -1;
        int task = -1;
        int coro = -1;
        int parent = -1;
        int line;
        int[] names = EMPTY;
        int[] values = EMPTY;
        int nlocals;
        /** Called by the event loop as a callback from its ready queue (see {@link #loopCallsNext}). */
        boolean fromLoop;
        /** Runs on another thread than the module's (see {@link #startsThread}), or is called from one. */
        boolean thread;

        FrameRec copy() {
            FrameRec f = new FrameRec();
            f.id = id;
            f.order = order;
            f.code = code;
            f.task = task;
            f.coro = coro;
            f.parent = parent;
            f.line = line;
            f.names = nlocals == 0 ? EMPTY : Arrays.copyOf(names, nlocals);
            f.values = nlocals == 0 ? EMPTY : Arrays.copyOf(values, nlocals);
            f.nlocals = nlocals;
            f.fromLoop = fromLoop;
            f.thread = thread;
            return f;
        }

        void bind(int name, int value) {
            for (int k = 0; k < nlocals; k++) {
                if (names[k] == name) {
                    values[k] = value;
                    return;
                }
            }
            if (nlocals == names.length) {
                names = Arrays.copyOf(names, Math.max(4, nlocals * 2));
                values = Arrays.copyOf(values, names.length);
            }
            names[nlocals] = name;
            values[nlocals] = value;
            nlocals++;
        }

        void unbind(int name) {
            for (int k = 0; k < nlocals; k++) {
                if (names[k] == name) {
                    System.arraycopy(names, k + 1, names, k, nlocals - k - 1);
                    System.arraycopy(values, k + 1, values, k, nlocals - k - 1);
                    nlocals--;
                    return;
                }
            }
        }
    }

    static final class FutRec {
        int id;
        int order;
        int state;
        int repr = -1;
        /** A task that started waiting on it (the last one), -1 if none. */
        int waiter = -1;

        FutRec copy() {
            FutRec f = new FutRec();
            f.id = id;
            f.order = order;
            f.state = state;
            f.repr = repr;
            f.waiter = waiter;
            return f;
        }
    }

    record Handle(int handle, int callback, boolean cancelled) {
    }

    record TimerRec(int handle, double when, int callback, int order) {
    }

    private static final int[] EMPTY = new int[0];

    int step = -1;
    int currentTask = -1;
    int currentFrame = -1;
    IntMap<TaskRec> tasks = new IntMap<>();
    IntMap<CoroRec> coros = new IntMap<>();
    IntMap<FrameRec> frames = new IntMap<>();
    IntMap<FutRec> futures = new IntMap<>();
    ArrayDeque<Handle> ready = new ArrayDeque<>();
    /** The heap as a list sorted by (when, order); {@link #timerByHandle} finds an entry to remove. */
    ArrayList<TimerRec> timers = new ArrayList<>();
    IntMap<TimerRec> timerByHandle = new IntMap<>();
    int order;
    double clock;
    LoopPhase phase = LoopPhase.NONE;
    int iteration;
    int batchRemaining = -1;
    int globalsFrame = -1;
    int lastExcType = -1;
    int lastExcFrame = -1;
    /** The index of the last exception event (-1: none yet). */
    int lastExcStep = -1;
    int lastRunningTask = -1;
    int lastFired = -1;
    int endReason = -1;
    int endMessage = -1;
    /** Lookup cache for {@link #frame}; cleared when that frame leaves. Not part of the state. */
    private FrameRec lastFrame;

    /**
     * True when a function called now is called by the event loop itself: the loop is running the
     * handles of an iteration and none of the program's frames or tasks runs (a handle was just taken
     * from the ready queue), so the callee is that handle's callback.
     */
    boolean loopCallsNext() {
        return currentFrame < 0 && currentTask < 0 && phase == LoopPhase.RUNNING_CALLBACKS;
    }

    /**
     * True when a call with these parts starts another thread's code: a plain function called with no
     * calling frame while the module's frame is still live (a threading.Thread's target or an
     * executor's worker runs on a stack of its own). Without a live module frame (atexit handlers)
     * or for the module's code, false.
     */
    boolean startsThread(int parent, int code, int coro) {
        return parent < 0 && code != MODULE_CODE && coro < 0 && globalsFrame >= 0 && frames.get(globalsFrame) != null;
    }

    ProjectionState copy() {
        ProjectionState s = new ProjectionState();
        s.step = step;
        s.currentTask = currentTask;
        s.currentFrame = currentFrame;
        s.tasks = tasks.copy(TaskRec::copy);
        s.coros = coros.copy(CoroRec::copy);
        s.frames = frames.copy(FrameRec::copy);
        s.futures = futures.copy(FutRec::copy);
        s.ready = new ArrayDeque<>(ready);
        s.timers = new ArrayList<>(timers);
        s.timerByHandle = timerByHandle.copy(t -> t);
        s.order = order;
        s.clock = clock;
        s.phase = phase;
        s.iteration = iteration;
        s.batchRemaining = batchRemaining;
        s.globalsFrame = globalsFrame;
        s.lastExcType = lastExcType;
        s.lastExcFrame = lastExcFrame;
        s.lastExcStep = lastExcStep;
        s.lastRunningTask = lastRunningTask;
        s.lastFired = lastFired;
        s.endReason = endReason;
        s.endMessage = endMessage;
        return s;
    }

    /** Number of entries held (tasks, coroutines, frames, locals, futures, queued handles). */
    int weight() {
        int w = tasks.size() + coros.size() + frames.size() + futures.size() + ready.size() + timers.size();
        for (FrameRec f : frames.values()) {
            w += f.nlocals;
        }
        return w;
    }

    /**
     * Estimated heap bytes of this state, from object layouts on a 64-bit JVM with compressed
     * oops (12-byte headers, 4-byte references, 8-byte alignment): used to account checkpoints.
     */
    long estimateBytes() {
        long b = 120; // this object
        b += mapBytes(tasks) + tasks.size() * 56L;
        b += mapBytes(coros) + coros.size() * 56L;
        b += mapBytes(frames);
        for (FrameRec f : frames.values()) {
            b += 56 + 2L * (16 + 4L * f.nlocals);
        }
        b += mapBytes(futures) + futures.size() * 32L;
        b += 40 + 4L * Math.max(16, ready.size()) + ready.size() * 24L;
        b += 40 + 4L * timers.size() + timers.size() * 32L + mapBytes(timerByHandle);
        return b;
    }

    private static long mapBytes(IntMap<?> m) {
        return 24 + 2 * (16 + 4L * m.capacity());
    }

    /** The frame with this id, or null; remembers the last one looked up (most events hit it). */
    FrameRec frame(int id) {
        if (id < 0) {
            return null;
        }
        FrameRec f = lastFrame;
        if (f != null && f.id == id) {
            return f;
        }
        f = frames.get(id);
        lastFrame = f;
        return f;
    }

    /** Folds in a line event (as {@link #apply} would; the recorder's fast path calls it directly). */
    void line(int frame, int line, int index) {
        step = index;
        FrameRec f = lastFrame;
        if (f == null || f.id != frame) {
            f = frameOrPlaceholder(frame);
        }
        f.line = line;
        currentFrame = frame;
    }

    /** Folds in a store event (as {@link #apply} would; the recorder's fast path calls it directly). */
    void store(int frame, int name, int value, int flags, int index) {
        step = index;
        FrameRec target;
        if ((flags & 1) != 0 && globalsFrame >= 0) {
            target = frames.get(globalsFrame);
        } else {
            target = lastFrame;
            if (target == null || target.id != frame) {
                target = frame(frame);
            }
        }
        if (target != null) {
            if (value == ValueRef.NONE) {
                target.unbind(name);
            } else {
                target.bind(name, value);
            }
        }
    }

    /** Folds one event into the state. {@code index} is its position in the recording. */
    void apply(RawEvent ev, int index) {
        step = index;
        switch (ev.kind) {
            case LINE -> line(ev.a, ev.b, index);
            case CALL -> {
                FrameRec f = new FrameRec();
                f.id = ev.a;
                f.order = order++;
                f.code = ev.c;
                f.coro = ev.e;
                f.parent = ev.b;
                f.line = ev.d;
                f.fromLoop = ev.e < 0 && loopCallsNext();
                FrameRec caller = ev.b >= 0 ? frames.get(ev.b) : null;
                f.thread = caller != null ? caller.thread : startsThread(ev.b, ev.c, ev.e);
                // Another thread's code runs in no task, though a task's step may have started it.
                f.task = f.thread ? -1 : currentTask;
                frames.put(ev.a, f);
                if (ev.c == MODULE_CODE && globalsFrame < 0) {
                    globalsFrame = ev.a;
                }
                if (ev.e >= 0) {
                    CoroRec c = coros.get(ev.e);
                    if (c != null) {
                        c.frame = ev.a;
                    }
                }
                currentFrame = ev.a;
            }
            case RETURN -> {
                FrameRec f = frames.get(ev.a);
                if (f != null) {
                    frames.remove(ev.a);
                    lastFrame = null;
                    if (currentFrame == ev.a) {
                        currentFrame = returnTarget(f);
                    }
                } else if (currentFrame == ev.a) {
                    currentFrame = -1;
                }
                if (globalsFrame == ev.a) {
                    globalsFrame = -1;
                }
            }
            case EXCEPTION -> {
                lastExcType = ev.b;
                lastExcFrame = ev.a;
                lastExcStep = index;
                FrameRec f = frames.get(ev.a);
                if (f != null) {
                    if (ev.d > 0) {
                        f.line = ev.d;
                    }
                    currentFrame = ev.a;
                }
            }
            case STORE -> store(ev.a, ev.b, ev.c, ev.d, index);
            case CORO -> applyCoro(ev);
            case TASK -> applyTask(ev);
            case FUTURE -> {
                if (ev.b == FutureState.PENDING.ordinal()) {
                    FutRec f = futures.get(ev.a);
                    if (f == null) {
                        f = new FutRec();
                        f.id = ev.a;
                        f.order = order++;
                        futures.put(ev.a, f);
                    }
                    f.state = ev.b;
                    f.repr = ev.c;
                } else {
                    FutRec f = futures.get(ev.a);
                    if (f != null) {
                        TaskRec t = f.waiter >= 0 ? tasks.get(f.waiter) : null;
                        if (t != null && t.waitingFuture == f.id) {
                            t.waitEnd = ev.b;
                        }
                        futures.remove(ev.a);
                    }
                }
            }
            case READY -> {
                if (ev.a == ReadyOp.PUSH.ordinal()) {
                    ready.addLast(new Handle(ev.b, ev.c, ev.d == 1));
                } else {
                    int before = ready.size();
                    removeHandle(ev.b);
                    if (phase == LoopPhase.SCHEDULING) {
                        phase = LoopPhase.RUNNING_CALLBACKS;
                        batchRemaining = before - 1;
                    } else if (batchRemaining > 0) {
                        batchRemaining--;
                    }
                    currentTask = -1;
                    currentFrame = -1;
                }
            }
            case TIMER -> {
                if (ev.a == TimerOp.PUSH.ordinal()) {
                    removeTimer(ev.b);
                    TimerRec t = new TimerRec(ev.b, ev.x, ev.c, order++);
                    timers.add(timerSlot(t), t);
                    timerByHandle.put(ev.b, t);
                } else {
                    removeTimer(ev.b);
                    if (ev.a == TimerOp.FIRE.ordinal()) {
                        currentTask = -1;
                        lastFired = ev.b;
                    }
                }
            }
            case CLOCK -> clock = ev.x;
            case LOOP -> {
                LoopOp op = LoopOp.VALUES[ev.a];
                switch (op) {
                    case START -> {
                        phase = LoopPhase.STARTED;
                        iteration = 0;
                        batchRemaining = -1;
                    }
                    case ITERATION -> {
                        phase = LoopPhase.SCHEDULING;
                        iteration = ev.b;
                        batchRemaining = -1;
                        currentFrame = -1;
                    }
                    case STOP -> {
                        phase = LoopPhase.STOPPED;
                        batchRemaining = -1;
                    }
                    case CLOSE -> {
                        phase = LoopPhase.CLOSED;
                        batchRemaining = -1;
                    }
                }
                currentTask = -1;
            }
            case OUTPUT, WARNING -> {
                // Output and warnings are counted from the log, not copied into the state.
            }
            case END -> {
                endReason = ev.a;
                endMessage = ev.b;
            }
        }
    }

    private void applyCoro(RawEvent ev) {
        CoroRec c = coros.get(ev.a);
        if (c == null) {
            c = new CoroRec();
            c.id = ev.a;
            c.order = order++;
            coros.put(ev.a, c);
        }
        if (ev.b >= 0) {
            c.name = ev.b;
        }
        c.state = ev.c;
        c.crAwait = ev.d;
        c.awaits = ev.e;
        c.line = ev.f;
        if (ev.g >= 0) {
            c.frame = ev.g;
        }
        c.flavor = ev.h;
        if (ev.i >= 0) {
            c.origin = ev.i;
        }
        FrameRec f = frame(c.frame);
        if (ev.c == CoroState.RUNNING.ordinal()) {
            if (f != null) {
                if (currentFrame >= 0 && currentFrame != f.id) {
                    f.parent = currentFrame;
                }
                currentFrame = f.id;
            }
        } else if (ev.c == CoroState.SUSPENDED.ordinal()) {
            if (f != null && currentFrame == f.id) {
                currentFrame = returnTarget(f);
            }
        } else if (ev.c == CoroState.CLOSED.ordinal()) {
            if (c.task < 0) {
                coros.remove(ev.a);
            }
        }
    }

    private void applyTask(RawEvent ev) {
        TaskRec t = tasks.get(ev.a);
        if (t == null) {
            t = new TaskRec();
            t.id = ev.a;
            t.order = order++;
            tasks.put(ev.a, t);
        }
        if (ev.b >= 0) {
            t.name = ev.b;
        }
        if (ev.i >= 0) {
            t.coroName = ev.i;
        }
        if (ev.c >= 0) {
            t.coro = ev.c;
            CoroRec c = coros.get(ev.c);
            if (c != null) {
                c.task = ev.a;
            }
        }
        boolean newStep = ev.d == TaskState.RUNNING.ordinal()
                && !(t.state == TaskState.RUNNING.ordinal() && currentTask == ev.a);
        t.state = ev.d;
        t.waitingOn = ev.e;
        t.waitingFuture = ev.f;
        t.result = ev.g;
        t.exception = ev.h;
        if (ev.d == TaskState.WAITING.ordinal()) {
            t.lastWaitingOn = ev.e;
            t.waitEnd = -1;
            FutRec f = ev.f >= 0 ? futures.get(ev.f) : null;
            if (f != null) {
                f.waiter = t.id;
            }
        }
        if (newStep) {
            t.steps++;
            currentTask = ev.a;
            currentFrame = -1;
            lastRunningTask = ev.a;
            t.lastWaitingOn = -1;
            t.waitEnd = -1;
        } else if (TaskState.VALUES[ev.d].finished()) {
            t.lastWaitingOn = -1;
            t.waitEnd = -1;
        }
    }

    /** Where control goes when {@code f} returns or suspends: its parent if in the same task. */
    private int returnTarget(FrameRec f) {
        FrameRec p = frame(f.parent);
        return p != null && p.task == f.task ? p.id : -1;
    }

    private FrameRec frameOrPlaceholder(int id) {
        FrameRec f = frame(id);
        if (f == null) {
            // A line in a frame we never saw entered: keep it visible rather than drop the step.
            f = new FrameRec();
            f.id = id;
            f.order = order++;
            f.task = currentTask;
            frames.put(id, f);
        }
        return f;
    }

    private void removeHandle(int handle) {
        Handle first = ready.peekFirst();
        if (first != null && first.handle() == handle) {
            ready.pollFirst();
            return;
        }
        for (Iterator<Handle> it = ready.iterator(); it.hasNext(); ) {
            if (it.next().handle() == handle) {
                it.remove();
                return;
            }
        }
    }

    private void removeTimer(int handle) {
        TimerRec t = timerByHandle.get(handle);
        if (t != null) {
            timerByHandle.remove(handle);
            int k = timerSlot(t) - 1;
            if (k >= 0 && timers.get(k) == t) {
                timers.remove(k);
            } else {
                timers.remove(t);
            }
        }
    }

    /** The index after every timer that sorts at or before {@code t} (by when, then push order). */
    private int timerSlot(TimerRec t) {
        int lo = 0;
        int hi = timers.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            TimerRec m = timers.get(mid);
            if (m.when() < t.when() || m.when() == t.when() && m.order() <= t.order()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    Handle findReady(int handle) {
        for (Handle h : ready) {
            if (h.handle() == handle) {
                return h;
            }
        }
        return null;
    }

    TimerRec findTimer(int handle) {
        return timerByHandle.get(handle);
    }

    /** Frames sorted by entry order. */
    List<FrameRec> framesInOrder() {
        List<FrameRec> l = frames.values();
        l.sort((x, y) -> Integer.compare(x.order, y.order));
        return l;
    }

    List<TaskRec> tasksInOrder() {
        List<TaskRec> l = tasks.values();
        l.sort((x, y) -> Integer.compare(x.order, y.order));
        return l;
    }

    List<CoroRec> corosInOrder() {
        List<CoroRec> l = coros.values();
        l.sort((x, y) -> Integer.compare(x.order, y.order));
        return l;
    }

    List<FutRec> futuresInOrder() {
        List<FutRec> l = futures.values();
        l.sort((x, y) -> Integer.compare(x.order, y.order));
        return l;
    }
}
