package dev.coroscope.engine.trace;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of a run after event {@link #step()}: everything the app's panels show, as an
 * immutable snapshot ({@link Recording#stateAt(int)}). A pure function of the event prefix: the
 * same step always gives an equal snapshot, whichever way the cursor got there.
 *
 * @param step        index of the last event applied (-1: before the first event)
 * @param currentTask name of the task whose step is running, or null
 * @param currentFrame id of the frame executing, or -1 (e.g. the event loop is between steps)
 * @param currentLine line of the current frame, or -1
 * @param tasks       every task created so far, in creation order
 * @param coroutines  coroutines and generators not yet closed, plus the (possibly closed)
 *                    coroutines of tasks, in creation order
 * @param futures     pending futures, in creation order, each with the tasks waiting on it
 * @param ready       the ready queue, front first
 * @param timers      the timer heap, ordered by {@code when}, then by push order
 * @param clock       virtual time (starts at 0.0)
 * @param loop        the event loop's phase and iteration
 * @param frames      live frames in entry order (outermost first), with their locals
 * @param output      stdout/stderr chunks written so far, in order
 * @param warnings    warnings issued so far, in order
 * @param end         why the run ended, once the final {@code end} event is applied; else null
 */
public record TraceState(int step, String currentTask, int currentFrame, int currentLine, List<TaskView> tasks,
                         List<CoroView> coroutines, List<FutureView> futures, List<HandleView> ready,
                         List<TimerView> timers, double clock, LoopView loop, List<FrameView> frames,
                         List<OutputChunk> output, List<WarningView> warnings, RunEnd end) {

    /**
     * A task card. {@code awaitChain} is the chain of coroutine ids from the task's coroutine
     * through what each awaits (main → fetch → sleep), as far as the coroutines report it.
     * {@code steps} counts the steps the task has started.
     */
    public record TaskView(int id, String name, int coro, TaskState state, String waitingOn, int waitingFuture,
                           String result, String exception, int steps, List<Integer> awaitChain) {
    }

    /**
     * A coroutine (or generator) as CPython reports it: {@code codeName} is {@code cr_code.co_name},
     * {@code line} is {@code cr_frame.f_lineno} (the live frame's line when it has one),
     * {@code frame} the id of its live frame or -1 ({@code cr_frame} is None), {@code task} the name
     * of the task it is the coroutine of, or null.
     */
    public record CoroView(int id, String name, String codeName, Flavor flavor, CoroState state, boolean crRunning,
                           boolean crSuspended, String crAwait, int awaits, int line, int frame, String origin,
                           String task) {
        /**
         * The value Python shows for the object's running flag ({@link Flavor#running()}):
         * {@code crRunning}, except that an async generator's {@code ag_running} stays True while
         * it awaits inside its body, until it yields (CPython 3.11).
         */
        public boolean runningFlag() {
            return crRunning || flavor == Flavor.ASYNC_GENERATOR && state == CoroState.SUSPENDED && crAwait != null;
        }
    }

    /**
     * A live frame: {@code code} is the qualified code name, {@code task} the task it runs in (null
     * outside tasks), {@code coro} the coroutine or generator owning it or -1, {@code parent} the
     * frame it returns to (-1: the event loop or the top), {@code locals} its bindings in the order
     * they were first bound (for the module frame: the globals), {@code thread} whether it runs on
     * another thread than the main one (a threading.Thread's target, an executor's function, and
     * what they call): such a frame belongs to no task.
     */
    public record FrameView(int id, String code, String task, int coro, int parent, int line,
                            Map<String, String> locals, boolean thread) {
    }

    /** A pending future and the names of the tasks waiting on it. */
    public record FutureView(int id, FutureState state, String repr, List<String> waiters) {
    }

    /** A handle in the ready queue: what it will call; {@code cancelled}: the loop will skip it. */
    public record HandleView(int handle, String callback, boolean cancelled) {
        public HandleView(int handle, String callback) {
            this(handle, callback, false);
        }
    }

    /** A timer in the heap. */
    public record TimerView(int handle, double when, String callback) {
    }

    /**
     * The loop: its phase, the current iteration number (1-based, 0 before the first), and how
     * many of the handles queued when this iteration began are still to run (-1 if not known yet).
     */
    public record LoopView(LoopPhase phase, int iteration, int batchRemaining) {
    }

    /** Text written to one stream. */
    public record OutputChunk(StdStream stream, String text) {
    }

    public record WarningView(String category, String message) {
    }

    /** The task with this name (the first, if names repeat), or null. */
    public TaskView task(String name) {
        for (TaskView t : tasks) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    public CoroView coroutine(int id) {
        for (CoroView c : coroutines) {
            if (c.id() == id) {
                return c;
            }
        }
        return null;
    }

    public FrameView frame(int id) {
        for (FrameView f : frames) {
            if (f.id() == id) {
                return f;
            }
        }
        return null;
    }

    /** Live frames running in the named task (null: outside any task), outermost first. */
    public List<FrameView> framesOf(String task) {
        List<FrameView> out = new ArrayList<>();
        for (FrameView f : frames) {
            if (java.util.Objects.equals(f.task(), task)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The line where the named task is: the line of its innermost live frame (for a suspended task,
     * the {@code await} it is suspended at), or -1 if it has no live frame (not started or done).
     * The code pane draws the task's marker there.
     */
    public int taskLine(String task) {
        int line = -1;
        for (FrameView f : frames) {
            if (java.util.Objects.equals(f.task(), task)) {
                line = f.line();
            }
        }
        return line;
    }

    /** The named task's await chain as coroutine views (known coroutines only). */
    public List<CoroView> awaitChain(String task) {
        TaskView t = task(task);
        List<CoroView> out = new ArrayList<>();
        if (t != null) {
            for (int id : t.awaitChain()) {
                CoroView c = coroutine(id);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** All stdout text written so far. */
    public String stdout() {
        return text(StdStream.STDOUT);
    }

    /** All stderr text written so far. */
    public String stderr() {
        return text(StdStream.STDERR);
    }

    private String text(StdStream s) {
        StringBuilder b = new StringBuilder();
        for (OutputChunk c : output) {
            if (c.stream() == s) {
                b.append(c.text());
            }
        }
        return b.toString();
    }

    /** Builds the snapshot of {@code s}; output and warnings are views over the log. */
    static TraceState of(ProjectionState s, StringPool.View pool, EventLog.View log) {
        List<TaskView> tasks = new ArrayList<>(s.tasks.size());
        List<ProjectionState.TaskRec> taskRecs = s.tasksInOrder();
        for (ProjectionState.TaskRec t : taskRecs) {
            tasks.add(new TaskView(t.id, pool.get(t.name), t.coro, TaskState.VALUES[t.state], pool.get(t.waitingOn),
                    t.waitingFuture, pool.get(t.result), pool.get(t.exception), t.steps, chain(s, t.coro)));
        }
        List<CoroView> coros = new ArrayList<>(s.coros.size());
        for (ProjectionState.CoroRec c : s.corosInOrder()) {
            ProjectionState.FrameRec f = s.frame(c.frame);
            String name = pool.get(c.name);
            CoroState st = CoroState.VALUES[c.state];
            ProjectionState.TaskRec owner = c.task >= 0 ? s.tasks.get(c.task) : null;
            coros.add(new CoroView(c.id, name, codeName(name), Flavor.VALUES[c.flavor], st,
                    st == CoroState.RUNNING, st == CoroState.SUSPENDED, pool.get(c.crAwait), c.awaits,
                    f != null ? f.line : c.line, f != null ? f.id : -1, pool.get(c.origin),
                    owner != null ? pool.get(owner.name) : null));
        }
        java.util.Map<Integer, List<String>> waitersOf = new java.util.HashMap<>();
        for (ProjectionState.TaskRec t : taskRecs) {
            if (t.state == TaskState.WAITING.ordinal() && t.waitingFuture >= 0) {
                waitersOf.computeIfAbsent(t.waitingFuture, k -> new ArrayList<>()).add(pool.get(t.name));
            }
        }
        List<FutureView> futures = new ArrayList<>(s.futures.size());
        for (ProjectionState.FutRec f : s.futuresInOrder()) {
            List<String> waiters = waitersOf.getOrDefault(f.id, List.of());
            futures.add(new FutureView(f.id, FutureState.VALUES[f.state], pool.get(f.repr),
                    Collections.unmodifiableList(waiters)));
        }
        List<HandleView> ready = new ArrayList<>(s.ready.size());
        for (ProjectionState.Handle h : s.ready) {
            ready.add(new HandleView(h.handle(), pool.get(h.callback()), h.cancelled()));
        }
        List<TimerView> timers = new ArrayList<>(s.timers.size());
        for (ProjectionState.TimerRec t : s.timers) {
            timers.add(new TimerView(t.handle(), t.when(), pool.get(t.callback())));
        }
        List<FrameView> frames = new ArrayList<>(s.frames.size());
        for (ProjectionState.FrameRec f : s.framesInOrder()) {
            Map<String, String> locals = new LinkedHashMap<>();
            for (int k = 0; k < f.nlocals; k++) {
                locals.put(pool.get(f.names[k]), ValueRef.text(f.values[k], pool));
            }
            ProjectionState.TaskRec owner = f.task >= 0 ? s.tasks.get(f.task) : null;
            frames.add(new FrameView(f.id, f.code >= 0 ? pool.get(f.code) : "?", owner != null ? pool.get(owner.name) : null,
                    f.coro, f.parent, f.line, Collections.unmodifiableMap(locals), f.thread));
        }
        ProjectionState.TaskRec cur = s.currentTask >= 0 ? s.tasks.get(s.currentTask) : null;
        ProjectionState.FrameRec curFrame = s.frame(s.currentFrame);
        int nOut = s.step < 0 ? 0 : log.outputsUpTo(s.step);
        int nWarn = s.step < 0 ? 0 : log.warningsUpTo(s.step);
        RunEnd end = s.endReason < 0 ? null : new RunEnd(EndReason.VALUES[s.endReason], pool.get(s.endMessage));
        return new TraceState(s.step, cur != null ? pool.get(cur.name) : null, curFrame != null ? curFrame.id : -1,
                curFrame != null ? curFrame.line : -1, Collections.unmodifiableList(tasks),
                Collections.unmodifiableList(coros), Collections.unmodifiableList(futures),
                Collections.unmodifiableList(ready), Collections.unmodifiableList(timers), s.clock,
                new LoopView(s.phase, s.iteration, s.batchRemaining), Collections.unmodifiableList(frames),
                new LogList<>(log, log.outIdx, nOut, ev -> new OutputChunk(StdStream.VALUES[ev.a], pool.get(ev.b))),
                new LogList<>(log, log.warnIdx, nWarn, ev -> new WarningView(pool.get(ev.a), pool.get(ev.b))), end);
    }

    private static List<Integer> chain(ProjectionState s, int coro) {
        List<Integer> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int id = coro; id >= 0 && seen.add(id); ) {
            out.add(id);
            ProjectionState.CoroRec c = s.coros.get(id);
            id = c == null ? -1 : c.awaits;
        }
        return Collections.unmodifiableList(out);
    }

    /** {@code co_name} from a qualified name: the part after the last dot ({@code <locals>} included). */
    static String codeName(String qualname) {
        if (qualname == null) {
            return null;
        }
        int dot = qualname.lastIndexOf('.');
        return dot < 0 ? qualname : qualname.substring(dot + 1);
    }

    /** The first {@code count} events listed in {@code index} (output or warnings), decoded on access. */
    private static final class LogList<T> extends AbstractList<T> {
        private final EventLog.View log;
        private final int[] index;
        private final int count;
        private final java.util.function.Function<RawEvent, T> make;

        LogList(EventLog.View log, int[] index, int count, java.util.function.Function<RawEvent, T> make) {
            this.log = log;
            this.index = index;
            this.count = count;
            this.make = make;
        }

        @Override
        public T get(int i) {
            if (i < 0 || i >= count) {
                throw new IndexOutOfBoundsException(i);
            }
            RawEvent ev = new RawEvent();
            log.decode(index[i], ev);
            return make.apply(ev);
        }

        @Override
        public int size() {
            return count;
        }
    }
}
