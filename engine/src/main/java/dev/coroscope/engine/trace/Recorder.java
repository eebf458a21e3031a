package dev.coroscope.engine.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Records one run: the engine side calls the event methods as things happen, and
 * {@link #snapshot()} / {@link #finish} hand the UI an immutable {@link Recording}.
 *
 * <p>What it keeps: the events in a compact columnar log ({@link EventLog}: a kind byte,
 * delta-coded varint fields, strings interned once in a {@link StringPool}), the live projection
 * of the state (so {@code current}, checkpoints and protocol checks cost no replay), and
 * checkpoints: a deep copy of the projected state every {@code max(1024, 8 × state weight)}
 * events, so the checkpoints' memory stays a small fraction of the log's whatever the state size,
 * and any {@code stateAt} replays a bounded number of events.
 *
 * <p>Strings: reprs, messages and descriptions longer than {@link #REPR_CAP} chars are cut and
 * end with {@code ...}; output text is kept whole. Ids of -1 mean "none"; other negative ids are
 * treated as -1.
 *
 * <p>Threads: one writer thread calls the event methods. {@link #snapshot()} may be called by
 * that thread at any time; the returned recording may then be read by any thread (hand it over
 * through a synchronising channel, e.g. a queue or {@code Platform.runLater}).
 *
 * <p>Limits: after {@code maxEvents} events the recorder records the final {@code end} event
 * (reason EVENT_LIMIT), {@link #full()} turns true and later calls are ignored; the embedding
 * should then interrupt the run. After {@link #finish} nothing more is recorded.
 */
public final class Recorder implements AsyncEvents {
    /** Longest repr or description kept, in chars. */
    public static final int REPR_CAP = 200;
    /** Default event limit: about 50 bytes an event, so roughly 1 GB at the limit. */
    public static final int DEFAULT_MAX_EVENTS = 20_000_000;
    static final int MIN_CHECKPOINT_INTERVAL = 1024;
    static final int CHECKPOINT_WEIGHT_FACTOR = 8;
    private static final int MAX_PROBLEMS = 20;

    private final StringPool pool = new StringPool();
    private final EventLog log = new EventLog();
    private final ProjectionState state = new ProjectionState();
    private final RawEvent ev = new RawEvent();
    private final int maxEvents;
    private final List<String> problems = new ArrayList<>();
    private int[] cpAt = new int[16];
    private ProjectionState[] cpState = new ProjectionState[16];
    private int cpCount;
    private long cpBytes;
    private final int minInterval;
    private final int weightFactor;
    private int nextCheckpoint;
    private int curName = -1;
    private int curTask = -1;
    private boolean ended;
    private boolean full;
    private int loopIterations;
    /** Cancelled timers that may still fall due, and handles of those that did (writer side only). */
    private final IntMap<ProjectionState.TimerRec> cancelledTimers = new IntMap<>();
    private final IntMap<Boolean> cancelledDue = new IntMap<>();

    public Recorder() {
        this(DEFAULT_MAX_EVENTS);
    }

    public Recorder(int maxEvents) {
        this(maxEvents, MIN_CHECKPOINT_INTERVAL, CHECKPOINT_WEIGHT_FACTOR);
    }

    /** For tests: a checkpoint every {@code max(minInterval, weightFactor × state weight)} events. */
    Recorder(int maxEvents, int minInterval, int weightFactor) {
        if (maxEvents < 2) {
            throw new IllegalArgumentException("maxEvents must be at least 2");
        }
        this.maxEvents = maxEvents;
        this.minInterval = Math.max(1, minInterval);
        this.nextCheckpoint = this.minInterval;
        this.weightFactor = Math.max(0, weightFactor);
        if (pool.intern("<module>") != ProjectionState.MODULE_CODE) {
            throw new AssertionError();
        }
    }

    /** Number of events recorded so far. */
    public int size() {
        return log.size();
    }

    /** True once the event limit was reached; the embedding should stop the run. */
    public boolean full() {
        return full;
    }

    /** True once the final {@code end} event is recorded. */
    public boolean ended() {
        return ended;
    }

    // ---- VM events --------------------------------------------------------------------------

    /** A frame starts a new line, not by a loop's jump back. */
    public void line(int frame, int line) {
        line(frame, line, false);
    }

    /** A frame starts a new line; {@code back}: a loop's jump back to its header reached it. */
    public void line(int frame, int line, boolean back) {
        if (ended) {
            return;
        }
        // The commonest event: straight to the projection and the log, with no RawEvent.
        int f = id(frame);
        int index = log.size();
        state.line(f, line, index);
        log.appendLine(f, line, back, curName, curTask);
        appended(index);
    }

    /**
     * A frame is entered for the first time. {@code code} is {@code co_qualname}
     * ({@code <module>} for the module), {@code parent} the calling frame or -1,
     * {@code coro} the coroutine or generator owning the frame or -1.
     */
    public void call(int frame, int parent, String code, int line, int coro) {
        if (ended) {
            return;
        }
        RawEvent e = ev.clear(EventKind.CALL);
        e.a = id(frame);
        e.b = id(parent);
        e.c = pool.intern(code == null ? "?" : code);
        e.d = line;
        e.e = id(coro);
        emit();
    }

    /** A frame is left for good with a return value. */
    public void returned(int frame, String valueRepr) {
        if (ended) {
            return;
        }
        RawEvent e = ev.clear(EventKind.RETURN);
        e.a = id(frame);
        e.b = str(valueRepr == null ? "None" : valueRepr);
        emit();
    }

    /** A frame is left for good because an exception of type {@code exceptionType} propagates out of it. */
    public void unwound(int frame, String exceptionType) {
        if (ended) {
            return;
        }
        RawEvent e = ev.clear(EventKind.RETURN);
        e.a = id(frame);
        e.c = str(exceptionType == null ? "Exception" : exceptionType);
        emit();
    }

    /** An exception is raised in, or propagates into, a frame at {@code line}. */
    public void raised(int frame, String type, String message, int line) {
        if (ended) {
            return;
        }
        RawEvent e = ev.clear(EventKind.EXCEPTION);
        e.a = id(frame);
        e.b = str(type == null ? "Exception" : type);
        e.c = str(message);
        e.d = line;
        emit();
    }

    /** A name is bound; {@code global} when a function binds a module global. */
    public void store(int frame, String name, String valueRepr, boolean global) {
        if (ended) {
            return;
        }
        store(id(frame), pool.intern(name), str(valueRepr == null ? "None" : valueRepr), global ? 1 : 0);
    }

    /**
     * The object a name is bound to changed in place (the name was not rebound): {@code valueRepr}
     * is its new repr. Recorded as a {@code store} with {@code mutated} set.
     */
    public void mutated(int frame, String name, String valueRepr, boolean global) {
        if (ended) {
            return;
        }
        store(id(frame), pool.intern(name), str(valueRepr == null ? "None" : valueRepr), (global ? 1 : 0) | 2);
    }

    /** A name is bound to an int (its repr is the decimal number): kept inline when small. */
    public void storeInt(int frame, String name, long value, boolean global) {
        if (ended) {
            return;
        }
        if (!ValueRef.fits(value)) {
            store(frame, name, Long.toString(value), global);
            return;
        }
        store(id(frame), pool.intern(name), ValueRef.ofInt(value), global ? 1 : 0);
    }

    /** A frame is left for good with an int return value. */
    public void returnedInt(int frame, long value) {
        if (ended) {
            return;
        }
        if (!ValueRef.fits(value)) {
            returned(frame, Long.toString(value));
            return;
        }
        RawEvent e = ev.clear(EventKind.RETURN);
        e.a = id(frame);
        e.b = ValueRef.ofInt(value);
        emit();
    }

    /** A name is unbound ({@code del x}). */
    public void delete(int frame, String name, boolean global) {
        if (ended) {
            return;
        }
        store(id(frame), pool.intern(name), ValueRef.NONE, global ? 1 : 0);
    }

    /** A store event (the second commonest), straight to the projection and the log. */
    private void store(int frame, int name, int value, int flags) {
        int index = log.size();
        state.store(frame, name, value, flags, index);
        log.appendStore(frame, name, value, flags, curName, curTask);
        appended(index);
    }

    /**
     * A coroutine or generator is created or changes state. {@code crAwait} is the repr of what it
     * awaits (null if none), {@code awaits} the id of the coroutine it awaits or -1, {@code line}
     * its frame's line, {@code frame} its frame id or -1, {@code origin} its {@code cr_origin}
     * repr or null.
     */
    public void coro(int coro, String name, Flavor flavor, CoroState state, String crAwait, int awaits, int line,
                     int frame, String origin) {
        if (ended) {
            return;
        }
        RawEvent e = ev.clear(EventKind.CORO);
        e.a = id(coro);
        e.b = name == null ? -1 : pool.intern(name);
        e.c = state.ordinal();
        e.d = str(crAwait);
        e.e = id(awaits);
        e.f = line;
        e.g = id(frame);
        e.h = (flavor == null ? Flavor.COROUTINE : flavor).ordinal();
        e.i = str(origin);
        emit();
    }

    /** Text written by the program to stdout or stderr (kept whole). */
    public void output(StdStream stream, String text) {
        if (ended || text == null || text.isEmpty()) {
            return;
        }
        RawEvent e = ev.clear(EventKind.OUTPUT);
        e.a = stream.ordinal();
        e.b = pool.value(text);
        emit();
    }

    // ---- asyncio events ---------------------------------------------------------------------

    @Override
    public void taskCreated(int taskId, String name, int coro) {
        taskCreated(taskId, name, coro, null);
    }

    @Override
    public void taskCreated(int taskId, String name, int coro, String coroName) {
        if (ended) {
            return;
        }
        if (state.tasks.get(taskId) != null) {
            problem("task " + taskId + " created twice");
        }
        createdCoroName = coroName == null ? -1 : pool.intern(coroName);
        task(taskId, pool.intern(name == null ? "Task-?" : name), id(coro), TaskState.READY, -1, -1, -1, -1);
    }

    /** The coroutine name the next task event carries (only the creating one does). */
    private int createdCoroName = -1;

    @Override
    public void taskRenamed(int taskId, String name) {
        ProjectionState.TaskRec t = knownTask(taskId, "renamed");
        if (t == null) {
            return;
        }
        task(taskId, pool.intern(name == null ? "" : name), t.coro, TaskState.VALUES[t.state], t.waitingOn,
                t.waitingFuture, t.result, t.exception);
    }

    @Override
    public void taskRunning(int taskId) {
        ProjectionState.TaskRec t = knownTask(taskId, "running");
        if (t == null) {
            return;
        }
        if (state.currentTask >= 0) {
            problem("task " + taskId + " starts a step inside the step of task " + state.currentTask);
        }
        if (TaskState.VALUES[t.state].finished()) {
            problem("task " + taskId + " runs after it ended");
        }
        task(taskId, t.name, t.coro, TaskState.RUNNING, -1, -1, -1, -1);
    }

    @Override
    public void taskWaiting(int taskId, String waitingOn, int waitingFuture) {
        ProjectionState.TaskRec t = knownTask(taskId, "waiting");
        if (t == null) {
            return;
        }
        if (state.currentTask != taskId) {
            problem("task " + taskId + " waits outside its own step");
        }
        task(taskId, t.name, t.coro, TaskState.WAITING, str(waitingOn), id(waitingFuture), -1, -1);
    }

    @Override
    public void taskReady(int taskId) {
        ProjectionState.TaskRec t = knownTask(taskId, "ready");
        if (t == null) {
            return;
        }
        task(taskId, t.name, t.coro, TaskState.READY, -1, -1, -1, -1);
    }

    @Override
    public void taskDone(int taskId, String resultRepr) {
        finished(taskId, TaskState.DONE, str(resultRepr == null ? "None" : resultRepr), -1);
    }

    @Override
    public void taskCancelled(int taskId, String message) {
        finished(taskId, TaskState.CANCELLED, -1, str(message == null ? "CancelledError()" : message));
    }

    @Override
    public void taskFailed(int taskId, String exceptionRepr) {
        finished(taskId, TaskState.FAILED, -1, str(exceptionRepr == null ? "Exception()" : exceptionRepr));
    }

    @Override
    public void futureCreated(int futureId, String repr) {
        if (ended) {
            return;
        }
        RawEvent e = ev.clear(EventKind.FUTURE);
        e.a = id(futureId);
        e.b = FutureState.PENDING.ordinal();
        e.c = str(repr);
        emit();
    }

    @Override
    public void futureDone(int futureId, FutureState fstate, String repr) {
        if (ended) {
            return;
        }
        if (fstate == FutureState.PENDING) {
            problem("future " + futureId + " done with state PENDING");
        }
        RawEvent e = ev.clear(EventKind.FUTURE);
        e.a = id(futureId);
        e.b = fstate.ordinal();
        e.c = str(repr);
        emit();
    }

    @Override
    public void readyPush(int handle, String callback) {
        if (ended) {
            return;
        }
        boolean cancelled = cancelledDue.get(handle) != null;
        if (cancelled) {
            cancelledDue.remove(handle);
        }
        RawEvent e = ev.clear(EventKind.READY);
        e.a = ReadyOp.PUSH.ordinal();
        e.b = id(handle);
        e.c = str(callback);
        e.d = cancelled ? 1 : 0;
        emit();
    }

    @Override
    public void readyPop(int handle) {
        if (ended) {
            return;
        }
        ProjectionState.Handle first = state.ready.peekFirst();
        ProjectionState.Handle h = first != null && first.handle() == handle ? first : state.findReady(handle);
        if (h == null) {
            problem("ready pop of handle " + handle + " which is not queued");
        } else if (h != first) {
            problem("ready pop of handle " + handle + " which is not at the front");
        }
        RawEvent e = ev.clear(EventKind.READY);
        e.a = ReadyOp.POP.ordinal();
        e.b = id(handle);
        e.c = h == null ? -1 : h.callback();
        emit();
    }

    @Override
    public void timerPush(int handle, double when, String callback) {
        if (ended) {
            return;
        }
        RawEvent e = ev.clear(EventKind.TIMER);
        e.a = TimerOp.PUSH.ordinal();
        e.b = id(handle);
        e.c = str(callback);
        e.x = when;
        emit();
    }

    @Override
    public void timerFire(int handle) {
        timerLeaves(handle, TimerOp.FIRE);
    }

    @Override
    public void timerCancel(int handle) {
        timerLeaves(handle, TimerOp.CANCEL);
    }

    @Override
    public void clock(double now) {
        if (ended) {
            return;
        }
        if (now < state.clock) {
            problem("clock goes back from " + state.clock + " to " + now);
        }
        RawEvent e = ev.clear(EventKind.CLOCK);
        e.x = now;
        emit();
    }

    @Override
    public void loopStart() {
        loopIterations = 0;
        loop(LoopOp.START, 0);
    }

    @Override
    public void loopIteration() {
        if (!state.phase.running() && !ended) {
            problem("loop iteration while the loop is not running");
        }
        loop(LoopOp.ITERATION, ++loopIterations);
    }

    @Override
    public void loopStop() {
        loop(LoopOp.STOP, loopIterations);
    }

    @Override
    public void loopClose() {
        loop(LoopOp.CLOSE, loopIterations);
    }

    @Override
    public void warning(String category, String message) {
        if (ended) {
            return;
        }
        RawEvent e = ev.clear(EventKind.WARNING);
        e.a = pool.intern(category == null ? "Warning" : category);
        e.b = str(message == null ? "" : message);
        emit();
    }

    // ---- generic append, end, publication ----------------------------------------------------

    /**
     * Appends an event given as a record (its {@code seq} and {@code current} are ignored: the
     * recorder assigns both). For tests, replays and imports; the engine uses the typed methods.
     */
    public void append(StepEvent event) {
        if (ended) {
            return;
        }
        if (event instanceof StepEvent.Line l) {
            line(l.frame(), l.line(), l.back());
        } else if (event instanceof StepEvent.Call c) {
            call(c.frame(), c.parent(), c.code(), c.line(), c.coro());
        } else if (event instanceof StepEvent.Return r) {
            if (r.exception() != null) {
                unwound(r.frame(), r.exception());
            } else {
                returned(r.frame(), r.value());
            }
        } else if (event instanceof StepEvent.Raise x) {
            raised(x.frame(), x.type(), x.message(), x.line());
        } else if (event instanceof StepEvent.Store s) {
            if (s.mutated()) {
                mutated(s.frame(), s.name(), s.value(), s.global());
            } else if (s.value() == null) {
                delete(s.frame(), s.name(), s.global());
            } else {
                store(s.frame(), s.name(), s.value(), s.global());
            }
        } else if (event instanceof StepEvent.Coro c) {
            coro(c.coro(), c.name(), c.flavor(), c.state(), c.crAwait(), c.awaits(), c.line(), c.frame(), c.origin());
        } else if (event instanceof StepEvent.Task t) {
            task(t.taskId(), pool.intern(t.task() == null ? "" : t.task()), id(t.coro()), t.state(),
                    str(t.waitingOn()), id(t.waitingFuture()), str(t.result()), str(t.exception()));
        } else if (event instanceof StepEvent.Future f) {
            RawEvent e = ev.clear(EventKind.FUTURE);
            e.a = id(f.future());
            e.b = f.state().ordinal();
            e.c = str(f.repr());
            emit();
        } else if (event instanceof StepEvent.Ready r) {
            if (r.op() == ReadyOp.PUSH) {
                if (r.cancelled()) {
                    cancelledDue.put(r.handle(), Boolean.TRUE);
                }
                readyPush(r.handle(), r.callback());
            } else {
                readyPop(r.handle());
            }
        } else if (event instanceof StepEvent.Timer t) {
            switch (t.op()) {
                case PUSH -> timerPush(t.handle(), t.when(), t.callback());
                case FIRE -> timerFire(t.handle());
                case CANCEL -> timerCancel(t.handle());
            }
        } else if (event instanceof StepEvent.Clock c) {
            clock(c.now());
        } else if (event instanceof StepEvent.Loop l) {
            switch (l.op()) {
                case START -> loopStart();
                case ITERATION -> {
                    loopIterations = l.iteration() - 1;
                    loopIteration();
                }
                case STOP -> loopStop();
                case CLOSE -> loopClose();
            }
        } else if (event instanceof StepEvent.Output o) {
            output(o.stream(), o.text());
        } else if (event instanceof StepEvent.Warning w) {
            warning(w.category(), w.message());
        } else if (event instanceof StepEvent.End e) {
            end(e.reason(), e.message());
        }
    }

    /**
     * Records the final {@code end} event (once). A null message gets a default sentence, e.g.
     * for STEP_LIMIT: "The program was stopped after 1,000,000 steps: ...".
     */
    public void end(EndReason reason, String message) {
        if (ended) {
            return;
        }
        RawEvent e = ev.clear(EventKind.END);
        e.a = reason.ordinal();
        e.b = pool.value(message != null ? message : defaultEndMessage(reason, log.lines()));
        ended = true;
        emitRaw();
    }

    /** An immutable recording of everything recorded so far (cheap: shares the append-only arrays). */
    public Recording snapshot() {
        return new Recording(log.view(), pool.view(), Arrays.copyOf(cpAt, cpCount),
                Arrays.copyOf(cpState, cpCount), retainedBytes(), List.copyOf(problems));
    }

    /** Ends the recording (if not ended yet), trims its storage, and returns it. */
    public Recording finish(EndReason reason, String message) {
        end(reason, message);
        log.trim();
        pool.freeze();
        cpAt = Arrays.copyOf(cpAt, cpCount);
        cpState = Arrays.copyOf(cpState, cpCount);
        return snapshot();
    }

    /**
     * Bytes retained by the recording: the capacities of the log's and the string pool's arrays
     * plus the checkpoints' estimated size ({@link ProjectionState#estimateBytes()}) and their
     * index arrays.
     */
    public long retainedBytes() {
        return log.retainedBytes() + pool.retainedBytes() + cpBytes + 4L * cpAt.length + 4L * cpState.length + 32;
    }

    /** The sentence the {@code end} marker carries by default, e.g. the step-budget notice. */
    public static String defaultEndMessage(EndReason reason, int steps) {
        return switch (reason) {
            case FINISHED -> "The program finished.";
            case STEP_LIMIT -> String.format("The program was stopped after %,d steps: the step budget ran out. "
                    + "Everything up to here can still be browsed.", steps);
            case INTERRUPTED -> "The program was stopped. Everything up to here can still be browsed.";
            case EVENT_LIMIT -> String.format("Recording stopped after %,d steps: the recording is full. "
                    + "Everything up to here can still be browsed.", steps);
            case KILLED -> "Ended by a signal: the program raised it with no handler set, and nothing after that ran.";
        };
    }

    /**
     * The sentence the {@code end} marker of a run ended by signal {@code name} carries, e.g.
     * "Ended by signal SIGTERM (exit status 143): ...".
     */
    public static String killedMessage(String name, int exitStatus) {
        return "Ended by signal " + name + " (exit status " + exitStatus + "): the program raised it with no "
                + "handler set, and nothing after that ran.";
    }

    // ---- internals --------------------------------------------------------------------------

    private void task(int taskId, int name, int coro, TaskState st, int waitingOn, int waitingFuture, int result,
                      int exception) {
        if (ended) {
            return;
        }
        RawEvent e = ev.clear(EventKind.TASK);
        e.a = id(taskId);
        e.b = name;
        e.c = coro;
        e.d = st.ordinal();
        e.e = waitingOn;
        e.f = waitingFuture;
        e.g = result;
        e.h = exception;
        e.i = createdCoroName;
        createdCoroName = -1;
        emit();
    }

    private void finished(int taskId, TaskState st, int result, int exception) {
        ProjectionState.TaskRec t = knownTask(taskId, st.name().toLowerCase());
        if (t == null) {
            return;
        }
        task(taskId, t.name, t.coro, st, -1, -1, result, exception);
    }

    private ProjectionState.TaskRec knownTask(int taskId, String what) {
        if (ended) {
            return null;
        }
        ProjectionState.TaskRec t = state.tasks.get(taskId);
        if (t == null) {
            problem("unknown task " + taskId + " " + what);
        }
        return t;
    }

    private void timerLeaves(int handle, TimerOp op) {
        if (ended) {
            return;
        }
        ProjectionState.TimerRec t = state.findTimer(handle);
        boolean wasCancelled = false;
        if (t == null && op == TimerOp.FIRE) {
            // CPython moves a cancelled timer that is not at the head to the ready queue when it falls due.
            t = cancelledTimers.get(handle);
            wasCancelled = t != null;
            if (wasCancelled) {
                cancelledTimers.remove(handle);
                cancelledDue.put(handle, Boolean.TRUE);
            }
        }
        if (t == null) {
            problem("timer " + op.json() + " of handle " + handle + " which is not in the heap");
        } else if (op == TimerOp.CANCEL) {
            cancelledTimers.put(handle, t);
        }
        RawEvent e = ev.clear(EventKind.TIMER);
        e.a = op.ordinal();
        e.b = id(handle);
        e.c = t == null ? -1 : t.callback();
        e.x = t == null ? state.clock : t.when();
        e.d = wasCancelled ? 1 : 0;
        emit();
    }

    private void loop(LoopOp op, int iteration) {
        if (ended) {
            return;
        }
        RawEvent e = ev.clear(EventKind.LOOP);
        e.a = op.ordinal();
        e.b = iteration;
        emit();
    }

    private void emit() {
        emitRaw();
        if (!ended && log.size() >= maxEvents - 1) {
            full = true;
            end(EndReason.EVENT_LIMIT, null);
        }
    }

    /** After a fast-path append of event {@code index} (never an end event): as emit() after emitRaw(). */
    private void appended(int index) {
        if (index >= nextCheckpoint || index + 1 >= maxEvents - 1) {
            appendedRarely(index);
        }
    }

    private void appendedRarely(int index) {
        if (index >= nextCheckpoint) {
            checkpoint(index);
        }
        if (index + 1 >= maxEvents - 1) {
            full = true;
            end(EndReason.EVENT_LIMIT, null);
        }
    }

    private void emitRaw() {
        int index = log.size();
        RawEvent e = ev;
        state.apply(e, index);
        switch (e.kind) {
            case TASK, READY, TIMER, LOOP -> {
                ProjectionState.TaskRec t = state.currentTask >= 0 ? state.tasks.get(state.currentTask) : null;
                curName = t == null ? -1 : t.name;
                curTask = t == null ? -1 : t.id;
            }
            default -> {
            }
        }
        e.cur = curName;
        e.curTask = curTask;
        log.append(e);
        if (index >= nextCheckpoint) {
            checkpoint(index);
        }
    }

    private void checkpoint(int index) {
        if (cpCount == cpAt.length) {
            cpAt = Arrays.copyOf(cpAt, cpCount * 2);
            cpState = Arrays.copyOf(cpState, cpCount * 2);
        }
        ProjectionState copy = state.copy();
        cpAt[cpCount] = index;
        cpState[cpCount] = copy;
        cpCount++;
        cpBytes += copy.estimateBytes();
        nextCheckpoint = index + Math.max(minInterval, weightFactor * copy.weight());
    }

    private int str(String s) {
        if (s == null) {
            return -1;
        }
        return pool.value(s.length() > REPR_CAP ? s.substring(0, REPR_CAP - 3) + "..." : s);
    }

    private static int id(int id) {
        return id < 0 ? -1 : id;
    }

    private void problem(String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add("event " + log.size() + ": " + message);
        }
    }
}
